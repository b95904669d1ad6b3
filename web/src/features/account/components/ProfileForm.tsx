import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateAccountDocument, type AccountQuery, type Language } from '../../../generated/graphql';
import { forgetSwitch } from '../../../i18n/setup';
import { useAdoptLanguage } from '../../auth/hooks/useAdoptLanguage';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';

const accountLanguages: Array<{ value: Language; lang: string }> = [
  { value: 'DE', lang: 'de' },
  { value: 'EN', lang: 'en' },
];

/** Name and language. Saving the language also switches the portal to it. */
export function ProfileForm({ account }: { account: NonNullable<AccountQuery['me']> }) {
  const { t } = useTranslation();
  const [updateAccount, { loading }] = useMutation(UpdateAccountDocument);
  const adoptLanguage = useAdoptLanguage();
  const errors = useFormErrors();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [language, setLanguage] = useState<Language>(account.preferredLanguage);
  const [saved, setSaved] = useState(false);
  // A switch in the header changes the account's language too; saving the name must not undo it.
  useEffect(() => setLanguage(account.preferredLanguage), [account.preferredLanguage]);

  const submit = async () => {
    setSaved(false);
    if (
      !errors.check({
        displayName: displayName.trim() ? undefined : [t('form.required', { field: t('account.displayName') })],
      })
    )
      return;
    try {
      // Chosen here, explicitly: it replaces any earlier switch in the header.
      forgetSwitch();
      const { data } = await updateAccount({
        variables: { input: { displayName: displayName.trim(), preferredLanguage: language } },
      });
      if (data) await adoptLanguage(data.updateAccount.preferredLanguage);
      errors.clear();
      setSaved(true);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <Form errors={errors} onSubmit={submit}>
      {saved && <SuccessAlert message={t('account.saved')} />}
      <TextField
        label={t('account.displayName')}
        name="displayName"
        autoComplete="name"
        required
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        errors={errors.fields.displayName}
      />
      <SelectField
        label={t('account.language')}
        hint={t('account.languageHint')}
        name="preferredLanguage"
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
        errors={errors.fields.preferredLanguage}
      >
        {accountLanguages.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {t(`language.names.${option.lang as 'de' | 'en'}`)}
          </option>
        ))}
      </SelectField>
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('account.save')}</span>
        </button>
      </div>
    </Form>
  );
}
