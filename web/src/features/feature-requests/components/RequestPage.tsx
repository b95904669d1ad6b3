import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { describeProblem, isForbidden, isNotFound, isUnauthenticated } from '../../../app/graphql-errors';
import {
  FeatureRequestDocument,
  SubscribeToFeatureRequestDocument,
  UnsubscribeFromFeatureRequestDocument,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NoAccessPage, SignInRequiredPage } from '../../auth/components/AccessPages';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { FactList, type Fact } from '../../shell/components/FactList';
import { LoadingState } from '../../shell/components/LoadingState';
import { NotFoundPage } from '../../shell/components/NotFoundPage';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { RequestAgreementLink } from '../../agreements/components/RequestAgreementLink';
import { useStageLabel } from '../hooks/useRequestWords';
import { contentLanguage, type Request, type RequestPageData, type RequestPartnership } from '../request-page';
import { AssessRequest } from './AssessRequest';
import { CommentsSection } from './CommentsSection';
import { InterestSection } from './InterestSection';
import { ManageRequest } from './ManageRequest';
import { Markdown } from './Markdown';
import { TransitionPanel } from './TransitionPanel';
import '../requests.css';

export function RequestPage() {
  const { t } = useTranslation();
  const { slug = '', number = '' } = useParams();
  const parsed = /^\d+$/.test(number) ? Number(number) : NaN;
  const { data, loading, error, refetch } = useQuery(FeatureRequestDocument, {
    variables: { slug, number: parsed },
    skip: Number.isNaN(parsed),
    fetchPolicy: 'cache-and-network',
  });

  if (Number.isNaN(parsed))
    return <NotFoundPage title={t('requests.notFoundTitle')} message={t('requests.notFoundBody')} />;
  if (data) return <RequestView data={data} />;
  if (error) {
    if (isNotFound(error))
      return <NotFoundPage title={t('requests.notFoundTitle')} message={t('requests.notFoundBody')} />;
    if (isUnauthenticated(error)) return <SignInRequiredPage />;
    if (isForbidden(error)) return <NoAccessPage />;
    return <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />;
  }
  return loading ? <LoadingState /> : null;
}

function RequestView({ data }: { data: RequestPageData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state } = useLocation();
  const { featureRequest: request, partnership } = data;
  const stageLabel = useStageLabel(partnership.workflow.stages);
  useDocumentTitle(
    t('requests.request.documentTitle', { number: request.number, title: request.title, name: partnership.name }),
  );
  const submitted = Boolean(state && typeof state === 'object' && 'submitted' in state);
  const permissions = new Set<string>(partnership.viewerPermissions);
  // The organisations the viewer represents in this partnership: theirs is the interest it declares.
  const represented = (data.me?.roles ?? [])
    .filter((role) => role.role === 'REPRESENTATIVE' && role.partnership.id === partnership.id && role.organisation)
    .map((role) => role.organisation as { id: string; name: string });

  const facts: Fact[] = [
    [t('requests.fact.number'), `#${request.number}`],
    [t('requests.fact.stage'), stageLabel(request.stage)],
    [t('requests.fact.kind'), t(`requests.kind.${request.kind}`)],
    [t('requests.fact.target'), t(`requests.target.${request.target}`)],
    [t('requests.fact.fundingRoute'), t(`requests.fundingRoute.${request.fundingRoute}`)],
    [t('requests.fact.organisation'), request.organisation?.name ?? t('requests.fact.noOrganisation')],
    [t('requests.fact.submittedAt'), format.dateTime(request.createdAt)],
  ];
  if (request.surveyDeadline) {
    facts.push([
      t('requests.fact.surveyDeadline'),
      request.surveyClosedAt
        ? t('requests.fact.surveyClosed', {
            deadline: format.dateTime(request.surveyDeadline),
            closed: format.dateTime(request.surveyClosedAt),
          })
        : format.dateTime(request.surveyDeadline),
    ]);
  }
  if (request.financedAt) facts.push([t('requests.fact.financedAt'), format.dateTime(request.financedAt)]);
  if (request.releaseVersion) facts.push([t('requests.fact.releaseVersion'), request.releaseVersion]);
  if (request.releasedAt) facts.push([t('requests.fact.releasedAt'), format.dateTime(request.releasedAt)]);
  if (request.developedOutside) facts.push([t('requests.fact.developedOutside'), t('requests.yes')]);

  return (
    <>
      <p className="portal-back">
        <Link to={`/p/${partnership.slug}/anliegen`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('requests.backToBacklog', { name: partnership.name })}
        </Link>
      </p>
      {submitted && <SuccessAlert message={t('requests.submit.submitted', { number: request.number })} />}
      <h1 className="kern-heading-large">
        <span lang={contentLanguage}>
          #{request.number} {request.title}
        </span>
        <span className="portal-heading-context">
          {t('requests.request.headingContext', { name: partnership.name })}
        </span>
      </h1>
      {request.duplicateOf && (
        <div className="kern-alert kern-alert--info">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <span className="kern-title">{t('requests.request.mergedTitle')}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">
              {t('requests.request.mergedInto')}{' '}
              <Link
                to={`/p/${partnership.slug}/anliegen/${request.duplicateOf.number}`}
                className="kern-link"
                lang={contentLanguage}
              >
                #{request.duplicateOf.number} {request.duplicateOf.title}
              </Link>
            </p>
          </div>
        </div>
      )}
      <FactList facts={facts} />
      <SubscribeButton request={request} />

      <section aria-labelledby="request-description" className="portal-section">
        <h2 id="request-description" className="kern-heading-medium">
          {t('requests.request.description')}
        </h2>
        {request.description.trim() ? (
          <Markdown text={request.description} lang={contentLanguage} />
        ) : (
          <p className="kern-body">{t('requests.request.noDescription')}</p>
        )}
      </section>

      <InterestSection
        request={request}
        represented={represented}
        canDeclare={permissions.has('REQUESTS_SUBMIT') && represented.length > 0}
      />

      <DecisionSection request={request} slug={partnership.slug} />

      <RequestAgreementLink
        slug={partnership.slug}
        request={request}
        financing={['ACCEPTED', 'FINANCING'].includes(
          partnership.workflow.stages.find((stage) => stage.key === request.stage)?.category ?? '',
        )}
        permissions={permissions}
      />

      {(request.assessment || request.estimate || permissions.has('REQUESTS_ASSESS')) && (
        <AssessRequest request={request} partnership={partnership} canAssess={permissions.has('REQUESTS_ASSESS')} />
      )}

      <TransitionPanel request={request} partnership={partnership} />

      {permissions.has('REQUESTS_MANAGE') && <ManageRequest request={request} partnership={partnership} />}

      <Timeline request={request} partnership={partnership} />

      <CommentsSection request={request} />
    </>
  );
}

function SubscribeButton({ request }: { request: Request }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [subscribe, subscribing] = useMutation(SubscribeToFeatureRequestDocument);
  const [unsubscribe, unsubscribing] = useMutation(UnsubscribeFromFeatureRequestDocument);
  const toggle = async () => {
    try {
      if (request.viewerSubscribed) {
        await unsubscribe({ variables: { id: request.id } });
        setOutcome({ ok: true, text: t('requests.subscribe.unsubscribed') });
      } else {
        await subscribe({ variables: { id: request.id } });
        setOutcome({ ok: true, text: t('requests.subscribe.subscribed') });
      }
    } catch (error) {
      const problem = describeProblem(error, t('form.networkError'));
      setOutcome({ ok: false, text: problem.message, lang: problem.lang });
    }
  };
  return (
    <div className="request-subscribe">
      <p className="kern-body">
        {request.viewerSubscribed ? t('requests.subscribe.stateOn') : t('requests.subscribe.stateOff')}
      </p>
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        disabled={subscribing.loading || unsubscribing.loading}
        onClick={() => void toggle()}
      >
        <span className="kern-label">
          {request.viewerSubscribed ? t('requests.subscribe.unsubscribe') : t('requests.subscribe.subscribe')}
        </span>
      </button>
      <OutcomeAlert outcome={outcome} />
    </div>
  );
}

function DecisionSection({ request, slug }: { request: Request; slug: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!request.vote && !request.decisionOutcome) return null;
  return (
    <section aria-labelledby="request-decision" className="portal-section">
      <h2 id="request-decision" className="kern-heading-medium">
        {t('requests.decision.heading')}
      </h2>
      {request.vote && (
        <p className="kern-body">
          <Link to={`/p/${slug}/abstimmungen/${request.vote.id}`} className="kern-link">
            {request.decision
              ? t('requests.decision.jointLink', { title: request.decision.title })
              : t('requests.decision.voteLink', { title: request.vote.title })}
          </Link>{' '}
          ({t(`votes.procedure.${request.vote.procedure}`)}, {t(`votes.status.${request.vote.status}`)}
          {request.vote.deadline && request.vote.status === 'OPEN'
            ? `, ${t('requests.decision.until', { deadline: format.dateTime(request.vote.deadline) })}`
            : ''}
          )
        </p>
      )}
      <p className="kern-body">
        {request.decisionOutcome
          ? t('requests.decision.outcome', {
              outcome: t(`requests.decision.outcomeValue.${request.decisionOutcome}`),
              date: request.decidedAt ? format.dateTime(request.decidedAt) : '',
            })
          : t('requests.decision.pending')}
      </p>
    </section>
  );
}

function Timeline({ request, partnership }: { request: Request; partnership: RequestPartnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel(partnership.workflow.stages);
  return (
    <section aria-labelledby="request-timeline" className="portal-section">
      <h2 id="request-timeline" className="kern-heading-medium">
        {t('requests.timeline.heading')}
      </h2>
      <ol className="request-timeline">
        {request.timeline.map((step) => (
          <li key={step.id} className="request-timeline__step">
            <p className="kern-body kern-body--bold">
              {step.fromStage
                ? t('requests.timeline.moved', { from: stageLabel(step.fromStage), to: stageLabel(step.toStage) })
                : t('requests.timeline.submitted', { to: stageLabel(step.toStage) })}
            </p>
            <p className="kern-body kern-body--small">
              <time dateTime={step.at}>{format.dateTime(step.at)}</time>
              {' · '}
              {step.actor ? step.actor.displayName : t('requests.timeline.system')}
            </p>
            {step.reason && (
              // Written by whoever moved it, or the server's note; either language is possible.
              <p className="kern-body kern-body--small">{step.reason}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
