import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import {
  ChooseWorkflowTemplateDocument,
  PartnershipWorkflowDocument,
  WorkflowTemplatesDocument,
  type PartnershipWorkflowQuery,
  type WorkflowTemplateKey,
} from '../../../generated/graphql';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { Form } from '../../shell/components/Form';
import { LoadingState } from '../../shell/components/LoadingState';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { DataTable } from '../../shell/components/DataTable';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { useVoteWords } from '../../votes/hooks/useVoteWords';
import { usePick, useStageLabel } from '../hooks/useRequestWords';
import { RequestLinks } from './RequestLinks';
import { WorkflowStageEditor } from './WorkflowStageEditor';
import '../requests.css';

type Partnership = PartnershipWorkflowQuery['partnership'];

export function WorkflowPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PartnershipWorkflowDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  if (data) return <WorkflowView partnership={data.partnership} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function WorkflowView({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const pick = usePick();
  const words = useVoteWords();
  const { workflow } = partnership;
  const stageLabel = useStageLabel(workflow.stages);
  const { data: templates } = useQuery(WorkflowTemplatesDocument);
  useDocumentTitle(t('requests.workflow.documentTitle', { name: partnership.name }));
  const current = templates?.workflowTemplates.find((template) => template.key === workflow.template);
  const canManage = partnership.viewerPermissions.includes('REQUESTS_MANAGE');

  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('requests.workflow.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">
        {current
          ? t('requests.workflow.fromTemplate', { template: pick(current.nameDe, current.nameEn) })
          : workflow.template === 'CUSTOM'
            ? t('requests.workflow.custom')
            : t('requests.workflow.intro')}{' '}
        {t('requests.workflow.surveyDays', { count: workflow.surveyDays })}
      </p>
      {current && <p className="kern-body">{pick(current.descriptionDe, current.descriptionEn)}</p>}
      {partnership.viewerPermissions.includes('PARTNERSHIP_READ') && <RequestLinks slug={partnership.slug} />}

      <section aria-labelledby="workflow-stages" className="portal-section">
        <h2 id="workflow-stages" className="kern-heading-medium">
          {t('requests.workflow.stagesHeading')}
        </h2>
        <DataTable
          caption={t('requests.workflow.stagesCaption', { count: workflow.stages.length })}
          rows={workflow.stages}
          rowKey={(stage) => stage.key}
          columns={[
            {
              id: 'stage',
              header: t('requests.workflow.column.stage'),
              rowHeader: true,
              cell: (stage) => (
                <>
                  {stageLabel(stage.key)}
                  {stage.key === workflow.initialStage && (
                    <span className="kern-body kern-body--small request-note">{t('requests.workflow.initial')}</span>
                  )}
                </>
              ),
            },
            {
              id: 'category',
              header: t('requests.workflow.column.category'),
              cell: (stage) => t(`requests.category.${stage.category}`),
            },
            {
              id: 'next',
              header: t('requests.workflow.column.next'),
              cell: (stage) => {
                const next = workflow.transitions
                  .filter((transition) => transition.from === stage.key)
                  .map((transition) => stageLabel(transition.to));
                return next.length > 0 ? next.join(', ') : t('requests.workflow.final');
              },
            },
          ]}
        />
      </section>

      <section aria-labelledby="workflow-transitions" className="portal-section">
        <h2 id="workflow-transitions" className="kern-heading-medium">
          {t('requests.workflow.transitionsHeading')}
        </h2>
        <DataTable
          caption={t('requests.workflow.transitionsCaption', { count: workflow.transitions.length })}
          rows={workflow.transitions}
          rowKey={(transition) => `${transition.from}-${transition.to}-${transition.actors.join()}`}
          columns={[
            {
              id: 'from',
              header: t('requests.workflow.column.from'),
              rowHeader: true,
              cell: (transition) => stageLabel(transition.from),
            },
            { id: 'to', header: t('requests.workflow.column.to'), cell: (transition) => stageLabel(transition.to) },
            {
              id: 'who',
              header: t('requests.workflow.column.who'),
              cell: (transition) => transition.actors.map((actor) => t(`requests.actor.${actor}`)).join(', '),
            },
            {
              id: 'guards',
              header: t('requests.workflow.column.guards'),
              cell: (transition) =>
                transition.guards.length === 0 ? (
                  t('requests.workflow.noGuards')
                ) : (
                  <ul className="kern-list request-guards">
                    {transition.guards.map((guard) => (
                      <li key={guard}>{t(`requests.guard.${guard}`)}</li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      </section>

      {workflow.decisionPaths.length > 0 && (
        <section aria-labelledby="workflow-decisions" className="portal-section">
          <h2 id="workflow-decisions" className="kern-heading-medium">
            {t('requests.workflow.decisionsHeading')}
          </h2>
          <ul className="kern-list">
            {workflow.decisionPaths.map((path) => (
              <li key={path.fundingRoute}>
                {t('requests.workflow.decisionPath', {
                  route: t(`requests.fundingRoute.${path.fundingRoute}`),
                  rule: words.ruleName(path.preset),
                  committees: path.committeeKinds
                    .map((kind) => (isCommitteeKind(kind) ? t(`committees.kind.${kind}`) : kind))
                    .join(', '),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}

      {canManage && (
        <WorkflowStageEditor
          key={workflow.stages.map((stage) => stage.key).join()}
          partnershipId={partnership.id}
          workflow={workflow}
        />
      )}
      {canManage && templates && <TemplateChooser partnership={partnership} templates={templates.workflowTemplates} />}
    </>
  );
}

const committeeKinds = [
  'GENERAL_ASSEMBLY',
  'STRATEGIC_COMMITTEE',
  'TECHNICAL_COMMITTEE',
  'WORKING_GROUP',
  'COMMUNITY_CALL',
  'ADVISORY_BOARD',
] as const;
function isCommitteeKind(value: string): value is (typeof committeeKinds)[number] {
  return (committeeKinds as readonly string[]).includes(value);
}

interface Template {
  key: string;
  nameDe: string;
  nameEn: string;
  descriptionDe: string;
  descriptionEn: string;
}

function TemplateChooser({ partnership, templates }: { partnership: Partnership; templates: Template[] }) {
  const { t } = useTranslation();
  const pick = usePick();
  const id = useId();
  const errors = useFormErrors();
  const [choice, setChoice] = useState(partnership.workflow.template);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [choose, { loading }] = useMutation(ChooseWorkflowTemplateDocument, {
    refetchQueries: [PartnershipWorkflowDocument],
    awaitRefetchQueries: true,
  });
  const chosen = templates.find((template) => template.key === choice);

  const confirm = async () => {
    if (!chosen) return;
    try {
      await choose({
        variables: { input: { partnershipId: partnership.id, template: chosen.key as WorkflowTemplateKey } },
      });
      setDone(t('requests.workflow.chosen', { template: pick(chosen.nameDe, chosen.nameEn) }));
    } catch (error) {
      errors.fail(error);
    } finally {
      setAsking(false);
    }
  };

  return (
    <section aria-labelledby="workflow-templates" className="portal-section">
      <h2 id="workflow-templates" className="kern-heading-medium">
        {t('requests.workflow.chooseHeading')}
      </h2>
      <p className="kern-body">{t('requests.workflow.chooseIntro')}</p>
      {done && <SuccessAlert message={done} />}
      <Form
        errors={errors}
        onSubmit={() => {
          setDone(null);
          if (
            errors.check({
              template:
                chosen && chosen.key !== partnership.workflow.template
                  ? undefined
                  : [t('requests.workflow.chooseOther')],
            })
          )
            setAsking(true);
        }}
      >
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('requests.workflow.templateLegend')}</legend>
          <div className="kern-fieldset__body">
            {templates.map((template, index) => (
              <div className="kern-form-check" key={template.key}>
                <input
                  type="radio"
                  className="kern-form-check__radio"
                  id={`${id}-${template.key}`}
                  name={`${id}-template`}
                  value={template.key}
                  checked={choice === template.key}
                  onChange={() => setChoice(template.key)}
                  aria-describedby={`${id}-${template.key}-hint`}
                  aria-invalid={index === 0 && errors.fields.template?.length ? true : undefined}
                />
                <label className="kern-label" htmlFor={`${id}-${template.key}`}>
                  {pick(template.nameDe, template.nameEn)}
                  {template.key === partnership.workflow.template ? ` (${t('requests.workflow.currentTemplate')})` : ''}
                </label>
                <div className="kern-hint portal-check-hint" id={`${id}-${template.key}-hint`}>
                  {pick(template.descriptionDe, template.descriptionEn)}
                </div>
              </div>
            ))}
          </div>
          {errors.fields.template?.length ? (
            <p className="kern-error">
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              <span className="kern-body">{errors.fields.template.join(' ')}</span>
            </p>
          ) : null}
        </fieldset>
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('requests.workflow.chooseSubmit')}</span>
          </button>
        </div>
      </Form>
      {asking && chosen && (
        <ConfirmDialog
          title={t('requests.workflow.confirmTitle')}
          message={t('requests.workflow.confirmMessage', { template: pick(chosen.nameDe, chosen.nameEn) })}
          confirmLabel={t('requests.workflow.chooseSubmit')}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        />
      )}
    </section>
  );
}
