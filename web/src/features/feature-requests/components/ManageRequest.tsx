import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { isNotFound } from '../../../app/graphql-errors';
import {
  FeatureRequestByNumberDocument,
  MergeFeatureRequestDocument,
  MyOpenVotesDocument,
  PartnershipVotesDocument,
  PutFeatureRequestToVoteDocument,
  StartInterestSurveyDocument,
  type RequestVoteRoute,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { daysAhead } from '../../../shared/local-date';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { Form } from '../../shell/components/Form';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { SelectField } from '../../shell/components/SelectField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { requestRefetch, type Request, type RequestPartnership } from '../request-page';

const closedCategories = ['RELEASED', 'REJECTED', 'WITHDRAWN', 'DEVELOPED_OUTSIDE'];

/** The community manager's steps on a request: interest survey, decision by vote, merging a duplicate. */
export function ManageRequest({ request, partnership }: { request: Request; partnership: RequestPartnership }) {
  const { t } = useTranslation();
  const categoryOf = (key: string) => partnership.workflow.stages.find((stage) => stage.key === key)?.category;
  const current = categoryOf(request.stage);
  const canSurvey = request.availableTransitions.some((transition) => categoryOf(transition.to) === 'SURVEY');
  const voteOpen = request.vote?.status === 'OPEN';
  const canVote =
    !voteOpen &&
    (request.availableTransitions.some((transition) => categoryOf(transition.to) === 'DECISION') ||
      (current === 'DECISION' && !request.decisionOutcome));
  const canMerge = !request.duplicateOf && !closedCategories.includes(current ?? '');
  // Kept here: a started survey or vote takes its own form away, but what came of it stays on show.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const done = (text: string) => setOutcome({ ok: true, text });
  if (!canSurvey && !canVote && !canMerge && !outcome) return null;

  return (
    <section aria-labelledby="request-manage" className="portal-section">
      <h2 id="request-manage" className="kern-heading-medium">
        {t('requests.manage.heading')}
      </h2>
      <OutcomeAlert outcome={outcome} />
      {canSurvey && <SurveyForm request={request} surveyDays={partnership.workflow.surveyDays} onDone={done} />}
      {canVote && <VoteForm request={request} partnership={partnership} onDone={done} />}
      {canMerge && <MergeForm request={request} slug={partnership.slug} />}
    </section>
  );
}

/** The date some days ahead, as <input type="date"> wants it. */
function dateAhead(days: number): string {
  return daysAhead(days).slice(0, 10);
}

function SurveyForm({
  request,
  surveyDays,
  onDone,
}: {
  request: Request;
  surveyDays: number;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errors = useFormErrors();
  const [deadline, setDeadline] = useState(() => dateAhead(surveyDays));
  const [start, { loading }] = useMutation(StartInterestSurveyDocument, requestRefetch);

  const submit = async () => {
    // The survey runs to the end of the chosen day in the reader's time zone.
    const end = new Date(`${deadline}T23:59:00`);
    const valid = errors.check({
      deadline:
        !deadline || Number.isNaN(end.getTime())
          ? [t('requests.survey.deadlineRequired')]
          : end.getTime() <= Date.now()
            ? [t('requests.survey.deadlinePast')]
            : undefined,
    });
    if (!valid) return;
    try {
      await start({ variables: { input: { requestId: request.id, deadline: end.toISOString() } } });
      onDone(t('requests.survey.started', { deadline: format.dateTime(end.toISOString()) }));
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="request-panel">
      <h3 className="kern-heading-small">{t('requests.survey.heading')}</h3>
      <p className="kern-body">{t('requests.survey.intro', { count: surveyDays })}</p>
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('requests.survey.deadline')}
          hint={t('requests.survey.deadlineHint', { count: surveyDays })}
          type="date"
          name="deadline"
          required
          value={deadline}
          onChange={(event) => setDeadline(event.target.value)}
          errors={errors.fields.deadline}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('requests.survey.submit')}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}

function VoteForm({
  request,
  partnership,
  onDone,
}: {
  request: Request;
  partnership: RequestPartnership;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errors = useFormErrors();
  const sessions = partnership.upcomingSessions.filter((session) => session.status === 'PLANNED');
  const [route, setRoute] = useState<RequestVoteRoute>('WRITTEN');
  const [deadline, setDeadline] = useState(() => daysAhead(14));
  const [sessionId, setSessionId] = useState('');
  const [fundamental, setFundamental] = useState(false);
  const [put, { loading }] = useMutation(PutFeatureRequestToVoteDocument, {
    ...requestRefetch,
    refetchQueries: [...requestRefetch.refetchQueries, PartnershipVotesDocument, MyOpenVotesDocument],
  });

  const submit = async () => {
    const end = new Date(deadline);
    const valid = errors.check(
      route === 'WRITTEN'
        ? {
            deadline:
              !deadline || Number.isNaN(end.getTime())
                ? [t('requests.vote.deadlineRequired')]
                : end.getTime() <= Date.now()
                  ? [t('requests.vote.deadlinePast')]
                  : undefined,
          }
        : { sessionId: sessionId ? undefined : [t('requests.vote.sessionRequired')] },
    );
    if (!valid) return;
    try {
      await put({
        variables: {
          input: {
            requestId: request.id,
            route,
            fundamental,
            deadline: route === 'WRITTEN' ? end.toISOString() : null,
            sessionId: route === 'SESSION' ? sessionId : null,
          },
        },
      });
      onDone(route === 'WRITTEN' ? t('requests.vote.startedWritten') : t('requests.vote.startedSession'));
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="request-panel">
      <h3 className="kern-heading-small">{t('requests.vote.heading')}</h3>
      <p className="kern-body">{t('requests.vote.intro')}</p>
      <Form errors={errors} onSubmit={submit}>
        <SelectField
          label={t('requests.vote.route')}
          name="route"
          value={route}
          onChange={(event) => setRoute(event.target.value as RequestVoteRoute)}
          errors={errors.fields.route}
        >
          <option value="WRITTEN">{t('requests.vote.routeWritten')}</option>
          <option value="SESSION">{t('requests.vote.routeSession')}</option>
        </SelectField>
        {route === 'WRITTEN' ? (
          <TextField
            label={t('requests.vote.deadline')}
            type="datetime-local"
            name="deadline"
            required
            value={deadline}
            onChange={(event) => setDeadline(event.target.value)}
            errors={errors.fields.deadline}
          />
        ) : sessions.length === 0 ? (
          <p className="kern-body">{t('requests.vote.noSessions')}</p>
        ) : (
          <SelectField
            label={t('requests.vote.session')}
            name="sessionId"
            required
            value={sessionId}
            onChange={(event) => setSessionId(event.target.value)}
            errors={errors.fields.sessionId}
          >
            <option value="">{t('requests.vote.chooseSession')}</option>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.committee.name}: {session.title} ({format.dateTime(session.startsAt)})
              </option>
            ))}
          </SelectField>
        )}
        <CheckboxField
          label={t('requests.vote.fundamental')}
          hint={t('requests.vote.fundamentalHint')}
          name="fundamental"
          checked={fundamental}
          onChange={(event) => setFundamental(event.target.checked)}
          errors={errors.fields.fundamental}
        />
        <div className="portal-form__actions">
          <button
            type="submit"
            className="kern-btn kern-btn--primary"
            disabled={loading || (route === 'SESSION' && sessions.length === 0)}
          >
            <span className="kern-label">{t('requests.vote.submit')}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}

function MergeForm({ request, slug }: { request: Request; slug: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const errors = useFormErrors();
  const [number, setNumber] = useState('');
  const [original, setOriginal] = useState<{ id: string; number: number; title: string } | null>(null);
  const [finding, setFinding] = useState(false);
  const [merge, { loading }] = useMutation(MergeFeatureRequestDocument, requestRefetch);

  const find = async () => {
    const value = number.trim().replace(/^#/, '');
    const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
    const valid = errors.check({
      originalNumber: Number.isNaN(parsed)
        ? [t('requests.merge.numberInvalid')]
        : parsed === request.number
          ? [t('requests.merge.numberSelf')]
          : undefined,
    });
    if (!valid) return;
    setFinding(true);
    try {
      const { data } = await client.query({
        query: FeatureRequestByNumberDocument,
        variables: { slug, number: parsed },
        fetchPolicy: 'network-only',
      });
      if (data) setOriginal(data.featureRequest);
    } catch (error) {
      if (isNotFound(error)) errors.check({ originalNumber: [t('requests.merge.notFound', { number: parsed })] });
      else errors.fail(error);
    } finally {
      setFinding(false);
    }
  };

  const confirm = async () => {
    if (!original) return;
    try {
      await merge({ variables: { input: { duplicateId: request.id, originalId: original.id } } });
      const target = original.number;
      setOriginal(null);
      void navigate(`/p/${slug}/anliegen/${target}`);
    } catch (error) {
      setOriginal(null);
      errors.fail(error);
    }
  };

  return (
    <div className="request-panel">
      <h3 className="kern-heading-small">{t('requests.merge.heading')}</h3>
      <p className="kern-body">{t('requests.merge.intro')}</p>
      <Form errors={errors} onSubmit={find}>
        <TextField
          label={t('requests.merge.number')}
          hint={t('requests.merge.numberHint')}
          name="originalNumber"
          inputMode="numeric"
          required
          value={number}
          onChange={(event) => setNumber(event.target.value)}
          errors={errors.fields.originalNumber}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={finding || loading}>
            <span className="kern-label">{t('requests.merge.submit')}</span>
          </button>
        </div>
      </Form>
      {original && (
        <ConfirmDialog
          title={t('requests.merge.confirmTitle')}
          message={t('requests.merge.confirmMessage', {
            duplicate: request.number,
            number: original.number,
            title: original.title,
          })}
          confirmLabel={t('requests.merge.confirm')}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setOriginal(null)}
        />
      )}
    </div>
  );
}
