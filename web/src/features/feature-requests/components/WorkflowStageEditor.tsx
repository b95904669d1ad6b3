import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PartnershipWorkflowDocument,
  UpdateWorkflowDocument,
  type PartnershipWorkflowQuery,
} from '../../../generated/graphql';
import { Form } from '../../shell/components/Form';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';

type Workflow = PartnershipWorkflowQuery['partnership']['workflow'];

/**
 * The community manager names the stages in the partnership's own words (German and English) and sets the
 * survey length; stages, their meaning and the transitions stay as the process defines them. The server
 * checks the edited workflow as a whole and says what is wrong.
 */
export function WorkflowStageEditor({ partnershipId, workflow }: { partnershipId: string; workflow: Workflow }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [update, { loading }] = useMutation(UpdateWorkflowDocument, {
    refetchQueries: [PartnershipWorkflowDocument],
    awaitRefetchQueries: true,
  });
  const [labels, setLabels] = useState(() =>
    Object.fromEntries(workflow.stages.map((stage) => [stage.key, { de: stage.labelDe, en: stage.labelEn }])),
  );
  const [surveyDays, setSurveyDays] = useState(String(workflow.surveyDays));
  const [done, setDone] = useState(false);

  const change = (key: string, language: 'de' | 'en', value: string) =>
    setLabels((all) => ({ ...all, [key]: { ...all[key], [language]: value } }));

  const submit = async () => {
    setDone(false);
    const days = Number(surveyDays);
    const found: Record<string, string[] | undefined> = {
      surveyDays:
        /^\d+$/.test(surveyDays.trim()) && days >= 1 && days <= 90
          ? undefined
          : [t('requests.workflow.edit.surveyDaysInvalid')],
    };
    for (const stage of workflow.stages) {
      if (!labels[stage.key].de.trim()) found[`${stage.key}.de`] = [t('requests.workflow.edit.labelRequired')];
      if (!labels[stage.key].en.trim()) found[`${stage.key}.en`] = [t('requests.workflow.edit.labelRequired')];
    }
    if (!errors.check(found)) return;
    try {
      await update({
        variables: {
          input: {
            partnershipId,
            initialStage: workflow.initialStage,
            surveyDays: days,
            stages: workflow.stages.map((stage) => ({
              key: stage.key,
              category: stage.category,
              labelDe: labels[stage.key].de.trim(),
              labelEn: labels[stage.key].en.trim(),
            })),
            transitions: workflow.transitions.map((transition) => ({
              from: transition.from,
              to: transition.to,
              actors: transition.actors,
              guards: transition.guards,
            })),
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
    <section aria-labelledby="workflow-edit" className="portal-section">
      <h2 id="workflow-edit" className="kern-heading-medium">
        {t('requests.workflow.edit.heading')}
      </h2>
      <p className="kern-body">{t('requests.workflow.edit.intro')}</p>
      <Form errors={errors} onSubmit={submit}>
        {done && <SuccessAlert message={t('requests.workflow.edit.saved')} />}
        <TextField
          label={t('requests.workflow.edit.surveyDays')}
          hint={t('requests.workflow.edit.surveyDaysHint')}
          inputMode="numeric"
          name="surveyDays"
          value={surveyDays}
          onChange={(event) => setSurveyDays(event.target.value)}
          errors={errors.fields.surveyDays}
        />
        {workflow.stages.map((stage) => (
          <fieldset className="kern-fieldset" key={stage.key}>
            <legend className="kern-label">{t('requests.workflow.edit.stageLegend', { key: stage.key })}</legend>
            <div className="kern-fieldset__body">
              <TextField
                label={t('requests.workflow.edit.labelDe')}
                value={labels[stage.key].de}
                onChange={(event) => change(stage.key, 'de', event.target.value)}
                errors={errors.fields[`${stage.key}.de`]}
              />
              <TextField
                label={t('requests.workflow.edit.labelEn')}
                value={labels[stage.key].en}
                onChange={(event) => change(stage.key, 'en', event.target.value)}
                errors={errors.fields[`${stage.key}.en`]}
              />
            </div>
          </fieldset>
        ))}
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('requests.workflow.edit.submit')}</span>
          </button>
        </div>
      </Form>
    </section>
  );
}
