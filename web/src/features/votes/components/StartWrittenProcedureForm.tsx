import { useMutation, useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  MyOpenVotesDocument,
  PartnershipVotesDocument,
  StartWrittenProcedureDocument,
  VoteRulePresetsDocument,
  type RulePreset,
} from '../../../generated/graphql';
import { daysAhead } from '../../../shared/local-date';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { FieldError } from '../../shell/components/FieldError';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { isRulePreset, rulePresets, useVoteWords } from '../hooks/useVoteWords';
import { useDraft } from '../../shell/hooks/useDraft';

interface StartWrittenProcedureFormProps {
  slug: string;
  /** The partnership's committees that vote. */
  committees: Array<{ id: string; name: string; defaultRuleName: string }>;
}

/** Umlaufverfahren: a written vote in one committee, or a joint decision of several. */
export function StartWrittenProcedureForm({ slug, committees }: StartWrittenProcedureFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const words = useVoteWords();
  const errors = useFormErrors();
  const committeesId = useId();
  const { data: presetData } = useQuery(VoteRulePresetsDocument);
  const [startWrittenProcedure, { loading }] = useMutation(StartWrittenProcedureDocument, {
    refetchQueries: [PartnershipVotesDocument, MyOpenVotesDocument],
  });
  const [title, setTitle] = useDraft('writtenProcedure.title', '');
  const [description, setDescription] = useDraft('writtenProcedure.description', '');
  const [committeeIds, setCommitteeIds] = useDraft<string[]>('writtenProcedure.committeeIds', []);
  const [deadline, setDeadline] = useDraft('writtenProcedure.deadline', () => daysAhead(14));
  const [preset, setPreset] = useDraft<RulePreset | ''>('writtenProcedure.preset', '');
  const [fundamental, setFundamental] = useDraft('writtenProcedure.fundamental', false);

  if (committees.length === 0) return <p className="kern-body">{t('votes.start.noCommittees')}</p>;

  const joint = committeeIds.length >= 2;
  const selectedRule = preset ? presetData?.rulePresets.find((info) => info.name === preset)?.rule : undefined;
  const committeeErrors = errors.fields.committeeIds;

  const toggle = (id: string, checked: boolean) =>
    setCommitteeIds((ids) => (checked ? [...ids, id] : ids.filter((other) => other !== id)));

  const submit = async () => {
    const deadlineDate = new Date(deadline);
    const valid = errors.check({
      title: title.trim() ? undefined : [t('votes.start.titleRequired')],
      committeeIds: committeeIds.length > 0 ? undefined : [t('votes.start.committeeRequired')],
      deadline:
        !deadline || Number.isNaN(deadlineDate.getTime())
          ? [t('votes.start.deadlineRequired')]
          : deadlineDate.getTime() <= Date.now()
            ? [t('votes.start.deadlinePast')]
            : undefined,
    });
    if (!valid) return;
    try {
      const { data } = await startWrittenProcedure({
        variables: {
          input: {
            title: title.trim(),
            description: description.trim(),
            committeeIds,
            deadline: deadlineDate.toISOString(),
            fundamental,
            rule: preset ? { preset } : null,
          },
        },
      });
      const first = data?.startWrittenProcedure[0];
      if (first) void navigate(`/p/${slug}/abstimmungen/${first.id}`);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <>
      <p className="kern-body portal-form-intro">{t('votes.start.intro')}</p>
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('votes.start.title')}
          name="title"
          required
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          errors={errors.fields.title}
        />
        <TextAreaField
          label={t('votes.start.description')}
          hint={t('votes.start.descriptionHint')}
          name="description"
          rows={4}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          errors={errors.fields.description}
        />
        <fieldset
          className={`kern-fieldset${committeeErrors?.length ? ' kern-fieldset--error' : ''}`}
          aria-describedby={`${committeesId}-hint${committeeErrors?.length ? ` ${committeesId}-error` : ''}`}
        >
          <legend className="kern-label">{t('votes.start.committees')}</legend>
          <p className="kern-hint" id={`${committeesId}-hint`}>
            {t('votes.start.committeesHint')}
          </p>
          <div className="kern-fieldset__body">
            {committees.map((committee, index) => (
              <CheckboxField
                key={committee.id}
                label={committee.name}
                hint={t('votes.start.committeeRule', { rule: words.ruleName(committee.defaultRuleName) })}
                checked={committeeIds.includes(committee.id)}
                onChange={(event) => toggle(committee.id, event.target.checked)}
                // The first box takes the focus when no committee was chosen.
                aria-invalid={index === 0 && committeeErrors?.length ? true : undefined}
              />
            ))}
          </div>
          {committeeErrors?.length ? <FieldError id={`${committeesId}-error`} messages={committeeErrors} /> : null}
        </fieldset>
        <p className="kern-body" aria-live="polite">
          {joint ? (
            <>
              <span className="kern-icon kern-icon--info" aria-hidden="true" />{' '}
              {t('votes.start.jointNotice', { count: committeeIds.length })}
            </>
          ) : null}
        </p>
        <TextField
          label={t('votes.start.deadline')}
          hint={t('votes.start.deadlineHint')}
          type="datetime-local"
          name="deadline"
          required
          value={deadline}
          onChange={(event) => setDeadline(event.target.value)}
          errors={errors.fields.deadline}
        />
        <SelectField
          label={t('votes.start.rule')}
          hint={selectedRule ? words.rule(selectedRule).join(' · ') : t('votes.start.ruleHint')}
          name="rule"
          value={preset}
          onChange={(event) => setPreset(isRulePreset(event.target.value) ? event.target.value : '')}
          errors={errors.fields.rule}
        >
          <option value="">{t('votes.start.committeeDefault')}</option>
          {rulePresets.map((name) => (
            <option key={name} value={name}>
              {t(`votes.preset.${name}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label={t('votes.start.fundamental')}
          hint={t('votes.start.fundamentalHint')}
          name="fundamental"
          checked={fundamental}
          onChange={(event) => setFundamental(event.target.checked)}
          errors={errors.fields.fundamental}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('votes.start.submit')}</span>
          </button>
        </div>
      </Form>
    </>
  );
}
