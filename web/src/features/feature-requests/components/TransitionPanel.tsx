import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TransitionFeatureRequestDocument } from '../../../generated/graphql';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { Form } from '../../shell/components/Form';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { useStageLabel } from '../hooks/useRequestWords';
import { requestRefetch, type Request, type RequestPartnership } from '../request-page';
import { useDraft } from '../../shell/hooks/useDraft';

/** Stages entered through their own forms (survey with its deadline, decision with its vote), not here. */
const ownForms = ['SURVEY', 'DECISION'];
/** Steps that end a request: never the primary button, and asked about first. */
const endingCategories = ['WITHDRAWN', 'REJECTED'];

/**
 * The next steps of the request's workflow that the viewer's roles allow: buttons for those possible now,
 * and for each that is not, the reasons as text beside its disabled button (not only in a tooltip).
 */
export function TransitionPanel({ request, partnership }: { request: Request; partnership: RequestPartnership }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const id = useId();
  const stageLabel = useStageLabel(partnership.workflow.stages);
  const categoryOf = (key: string) => partnership.workflow.stages.find((stage) => stage.key === key)?.category;
  const manages = partnership.viewerPermissions.includes('REQUESTS_MANAGE');
  const transitions = request.availableTransitions.filter(
    (transition) => !(manages && ownForms.includes(categoryOf(transition.to) ?? '')),
  );
  const releases = transitions.some((transition) => categoryOf(transition.to) === 'RELEASED');
  const [reason, setReason] = useDraft('transition.reason', '');
  const [version, setVersion] = useState(request.releaseVersion ?? '');
  const [changelog, setChangelog] = useDraft('transition.changelog', request.changelogEntry ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [move, { loading }] = useMutation(TransitionFeatureRequestDocument, requestRefetch);
  // Which button sent the form: read when it is submitted, in the same event, so a ref rather than state.
  const chosen = useRef<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  if (transitions.length === 0 && !outcome) return null;

  const submit = async () => {
    const target = chosen.current;
    if (!target) return;
    const release = categoryOf(target) === 'RELEASED';
    const valid = errors.check(
      release
        ? {
            releaseVersion: version.trim() ? undefined : [t('requests.transition.versionRequired')],
            changelogEntry: changelog.trim() ? undefined : [t('requests.transition.changelogRequired')],
          }
        : {},
    );
    if (!valid) return;
    try {
      await move({
        variables: {
          input: {
            requestId: request.id,
            to: target,
            reason: reason.trim(),
            releaseVersion: release ? version.trim() : null,
            changelogEntry: release ? changelog.trim() : null,
          },
        },
      });
      setOutcome({ ok: true, text: t('requests.transition.moved', { stage: stageLabel(target) }) });
      setReason('');
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="request-transitions" className="portal-section">
      <h2 id="request-transitions" className="kern-heading-medium">
        {t('requests.transition.heading')}
      </h2>
      <OutcomeAlert outcome={outcome} />
      {transitions.length === 0 ? (
        <p className="kern-body">{t('requests.transition.none')}</p>
      ) : (
        <Form errors={errors} onSubmit={submit}>
          <TextAreaField
            label={t('requests.transition.reason')}
            hint={t('requests.transition.reasonHint')}
            name="reason"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            errors={errors.fields.reason}
          />
          {releases && (
            <>
              <TextField
                label={t('requests.transition.version')}
                hint={t('requests.transition.versionHint')}
                name="releaseVersion"
                value={version}
                onChange={(event) => setVersion(event.target.value)}
                errors={errors.fields.releaseVersion}
              />
              <TextAreaField
                label={t('requests.transition.changelog')}
                hint={t('requests.markdownHint')}
                name="changelogEntry"
                rows={4}
                value={changelog}
                onChange={(event) => setChangelog(event.target.value)}
                errors={errors.fields.changelogEntry}
              />
            </>
          )}
          <ul className="request-transitions">
            {transitions.map((transition) => {
              const release = categoryOf(transition.to) === 'RELEASED';
              // The release-note guard is met by this very form; every other reason stands.
              const reasons = transition.failures
                .filter((failure) => !(release && failure.guard === 'RELEASE_NOTED'))
                .map((failure) => failure.reason);
              const allowed = transition.allowed || reasons.length === 0;
              const reasonsId = `${id}-${transition.to}-reasons`;
              const ending = endingCategories.includes(categoryOf(transition.to) ?? '');
              return (
                <li key={transition.to} className="request-transitions__item">
                  <button
                    type={ending ? 'button' : 'submit'}
                    className={`kern-btn ${allowed && !ending ? 'kern-btn--primary' : 'kern-btn--secondary'}`}
                    disabled={!allowed || loading}
                    aria-describedby={allowed ? undefined : reasonsId}
                    onClick={() => (ending ? setConfirming(transition.to) : (chosen.current = transition.to))}
                  >
                    <span className="kern-label">
                      {t('requests.transition.moveTo', { stage: stageLabel(transition.to) })}
                    </span>
                  </button>
                  {!allowed && (
                    <div id={reasonsId} className="request-transitions__reasons">
                      <p className="kern-body kern-body--small">{t('requests.transition.notYet')}</p>
                      <ul className="kern-list">
                        {reasons.map((text) => (
                          <li key={text} className="kern-body kern-body--small">
                            {text}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </Form>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('requests.transition.confirmTitle', { stage: stageLabel(confirming) })}
          message={t('requests.transition.confirmMessage', { number: request.number, stage: stageLabel(confirming) })}
          confirmLabel={t('requests.transition.moveTo', { stage: stageLabel(confirming) })}
          busy={loading}
          onConfirm={() => {
            chosen.current = confirming;
            void submit().finally(() => setConfirming(null));
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
