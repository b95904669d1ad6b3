import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CommitteeDocument,
  UpdateCommitteeDocument,
  type Cadence,
  type CommitteeQuery,
  type RulePreset,
} from '../../../generated/graphql';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { isRulePreset } from '../../votes/hooks/useVoteWords';
import { cadences } from './CreateCommitteeForm';
import { RulePresetSelect } from './RulePresetSelect';
import { useDraft } from '../../shell/hooks/useDraft';

type Committee = CommitteeQuery['committee'];

/** Name, cadence, description and default rule; a new rule applies to votes opened from now on. */
export function EditCommitteeForm({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [updateCommittee, { loading }] = useMutation(UpdateCommitteeDocument, { refetchQueries: [CommitteeDocument] });
  const [name, setName] = useState(committee.name);
  const [cadence, setCadence] = useState<Cadence>(committee.cadence);
  const [description, setDescription] = useDraft(`committee.${committee.id}.description`, committee.description);
  const initialPreset: RulePreset = isRulePreset(committee.defaultRuleName)
    ? committee.defaultRuleName
    : 'SIMPLE_MAJORITY';
  const [preset, setPreset] = useState<RulePreset>(initialPreset);
  const [done, setDone] = useState(false);

  const submit = async () => {
    setDone(false);
    if (!errors.check({ name: name.trim() ? undefined : [t('committees.create.nameRequired')] })) return;
    const ruleChanged = committee.votes && preset !== committee.defaultRuleName;
    try {
      await updateCommittee({
        variables: {
          id: committee.id,
          input: {
            name: name.trim(),
            cadence,
            description: description.trim(),
            ...(ruleChanged ? { defaultRule: { preset } } : {}),
          },
        },
      });
      errors.clear();
      setDone(true);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <Form errors={errors} onSubmit={submit}>
      {done && <SuccessAlert message={t('committees.edit.saved')} />}
      <TextField
        label={t('committees.create.name')}
        name="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={errors.fields.name}
      />
      <SelectField
        label={t('committees.create.cadence')}
        name="cadence"
        value={cadence}
        onChange={(event) => setCadence(event.target.value as Cadence)}
        errors={errors.fields.cadence}
      >
        {cadences.map((value) => (
          <option key={value} value={value}>
            {t(`committees.cadence.${value}`)}
          </option>
        ))}
      </SelectField>
      {committee.votes && (
        <>
          <RulePresetSelect value={preset} onChange={setPreset} errors={errors.fields.defaultRule} />
          {!isRulePreset(committee.defaultRuleName) && (
            <p className="kern-body kern-body--small">{t('committees.edit.customRule')}</p>
          )}
        </>
      )}
      <TextAreaField
        label={t('committees.create.description')}
        name="description"
        rows={3}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        errors={errors.fields.description}
      />
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('committees.edit.submit')}</span>
        </button>
      </div>
    </Form>
  );
}
