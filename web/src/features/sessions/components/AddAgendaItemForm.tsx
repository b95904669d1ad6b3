import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddAgendaItemDocument, CommitteeSessionDocument, type AgendaItemKind } from '../../../generated/graphql';
import { Form } from '../../shell/components/Form';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { agendaItemKinds } from '../../committees/components/PlanSessionForm';
import { useDraft } from '../../shell/hooks/useDraft';

/** Adds an item at the end of the agenda. */
export function AddAgendaItemForm({ sessionId, votes }: { sessionId: string; votes: boolean }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [add, { loading }] = useMutation(AddAgendaItemDocument, {
    refetchQueries: [CommitteeSessionDocument],
    awaitRefetchQueries: true,
  });
  const [kind, setKind] = useState<AgendaItemKind>(votes ? 'DECISION' : 'DISCUSSION');
  const [title, setTitle] = useDraft('agendaItem.title', '');
  const [description, setDescription] = useDraft('agendaItem.description', '');
  // A plain item is public unless the manager says otherwise (server/src/committees/agenda-visibility.ts).
  const [nonPublic, setNonPublic] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const kinds = votes ? agendaItemKinds : agendaItemKinds.filter((value) => value !== 'DECISION');

  const submit = async () => {
    setDone(null);
    if (!errors.check({ title: title.trim() ? undefined : [t('committees.plan.itemTitleRequired')] })) return;
    try {
      await add({
        variables: {
          input: { sessionId, kind, title: title.trim(), description: description.trim(), public: !nonPublic },
        },
      });
      setDone(t('sessions.agenda.added', { title: title.trim() }));
      setTitle('');
      setDescription('');
      setNonPublic(false);
      errors.clear();
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="session-add-item">
      <h3 className="kern-heading-small">{t('sessions.agenda.addHeading')}</h3>
      <Form errors={errors} onSubmit={submit}>
        {done && <SuccessAlert message={done} />}
        <SelectField
          label={t('sessions.agenda.kind')}
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as AgendaItemKind)}
          errors={errors.fields.kind}
        >
          {kinds.map((value) => (
            <option key={value} value={value}>
              {t(`sessions.itemKind.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('sessions.agenda.title')}
          name="title"
          required
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          errors={errors.fields.title}
        />
        <TextAreaField
          label={t('sessions.agenda.description')}
          name="description"
          rows={3}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          errors={errors.fields.description}
        />
        <CheckboxField
          label={t('sessions.agenda.nonPublicLabel')}
          hint={t('sessions.agenda.nonPublicHint')}
          name="public"
          checked={nonPublic}
          onChange={(event) => setNonPublic(event.target.checked)}
          errors={errors.fields.public}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={loading}>
            <span className="kern-label">{t('sessions.agenda.add')}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}
