import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  AdmitApplicationDocument,
  MembershipApplicationsDocument,
  PutApplicationToVoteDocument,
  RejectApplicationDocument,
  SetAdmissionDocument,
  type AdmissionProcedure,
  type MembershipApplicationsQuery,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { Form } from '../../shell/components/Form';
import { LoadMore } from '../../shell/components/LoadMore';
import { LoadingState } from '../../shell/components/LoadingState';
import { SelectField } from '../../shell/components/SelectField';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { TextField } from '../../shell/components/TextField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { useLoadMore } from '../../shell/hooks/useLoadMore';
import { describeProblem } from '../../../app/graphql-errors';
import { daysAhead } from '../../../shared/local-date';

type Partnership = MembershipApplicationsQuery['partnership'];
type Application = Partnership['membershipApplicationList']['nodes'][number];

const pageSize = 20;

/** The community manager's list of applications: admit, reject, or put to the admission committee's vote. */
export function ApplicationsPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(MembershipApplicationsDocument, {
    variables: { slug, first: pageSize },
  });
  const more = useLoadMore(data?.partnership.membershipApplicationList.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        partnership: {
          ...fetchMoreResult.partnership,
          membershipApplicationList: {
            ...fetchMoreResult.partnership.membershipApplicationList,
            nodes: [
              ...previous.partnership.membershipApplicationList.nodes,
              ...fetchMoreResult.partnership.membershipApplicationList.nodes,
            ],
          },
        },
      }),
    }),
  );
  if (data) return <Applications partnership={data.partnership} more={more} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function Applications({ partnership, more }: { partnership: Partnership; more: ReturnType<typeof useLoadMore> }) {
  const { t } = useTranslation();
  const applications = partnership.membershipApplicationList;
  useDocumentTitle(t('applications.documentTitle', { name: partnership.name }));
  return (
    <>
      <BackLink partnership={partnership} />
      <h1 className="kern-heading-large">
        {t('applications.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('applications.intro')}</p>
      <AdmissionForm partnership={partnership} />
      <section aria-labelledby="applications-list" className="portal-section">
        <h2 id="applications-list" className="kern-heading-medium">
          {t('applications.listHeading')}
        </h2>
        {applications.totalCount === 0 ? (
          <p className="kern-body">{t('applications.none')}</p>
        ) : (
          <>
            <p className="kern-body kern-body--muted" role="status">
              {t('applications.shown', { shown: applications.nodes.length, count: applications.totalCount })}
            </p>
            <ul className="portal-card-list">
              {applications.nodes.map((application) => (
                <ApplicationCard key={application.id} application={application} partnership={partnership} />
              ))}
            </ul>
          </>
        )}
        <LoadMore
          label={t('applications.loadMore')}
          hasMore={applications.pageInfo.hasNextPage}
          loading={more.loading}
          failed={more.failed}
          onLoad={() => void more.load()}
        />
      </section>
    </>
  );
}

function AdmissionForm({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [admission, setAdmission] = useState<AdmissionProcedure>(partnership.admission);
  const [committeeId, setCommitteeId] = useState(partnership.admissionCommitteeId ?? '');
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetAdmissionDocument);
  const voting = partnership.committees.filter((c) => c.votes);
  const submit = async () => {
    setSaved(false);
    if (!errors.check({ committeeId: admission === 'VOTE' && !committeeId ? [t('applications.required')] : undefined }))
      return;
    try {
      await save({
        variables: {
          input: { partnershipId: partnership.id, admission, committeeId: admission === 'VOTE' ? committeeId : null },
        },
      });
      errors.clear();
      setSaved(true);
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <section aria-labelledby="applications-admission" className="portal-section">
      <h2 id="applications-admission" className="kern-heading-medium">
        {t('applications.admissionHeading')}
      </h2>
      <Form errors={errors} onSubmit={submit}>
        {saved && <SuccessAlert message={t('applications.admissionSaved')} />}
        <SelectField
          label={t('applications.admission')}
          name="admission"
          value={admission}
          onChange={(e) => setAdmission(e.target.value as AdmissionProcedure)}
        >
          <option value="DIRECT">{t('applications.admissionDIRECT')}</option>
          <option value="VOTE">{t('applications.admissionVOTE')}</option>
        </SelectField>
        {admission === 'VOTE' && (
          <SelectField
            label={t('applications.admissionCommittee')}
            name="committeeId"
            value={committeeId}
            onChange={(e) => setCommitteeId(e.target.value)}
            errors={errors.fields.committeeId}
          >
            <option value="">{t('applications.chooseCommittee')}</option>
            {voting.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={loading}>
            <span className="kern-label">{t('applications.saveAdmission')}</span>
          </button>
        </div>
      </Form>
    </section>
  );
}

function ApplicationCard({ application, partnership }: { application: Application; partnership: Partnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refetch = { refetchQueries: [MembershipApplicationsDocument], awaitRefetchQueries: true };
  const [admit, admitting] = useMutation(AdmitApplicationDocument, refetch);
  const [reject, rejecting] = useMutation(RejectApplicationDocument, refetch);
  const [toVote, voting] = useMutation(PutApplicationToVoteDocument, refetch);
  const [confirm, setConfirm] = useState<'admit' | 'reject' | null>(null);
  const [deadline, setDeadline] = useState(() => daysAhead(14));
  const [problem, setProblem] = useState<{ message: string; lang?: string } | null>(null);
  const pending = application.status === 'SUBMITTED';
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(describeProblem(error, t('form.networkError')));
    } finally {
      setConfirm(null);
    }
  };
  const headingId = `application-${application.id}`;
  return (
    <li className="portal-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="kern-heading-small">
        {application.organisationName}
      </h3>
      <p className="kern-body">
        {t(`organisationKind.${application.organisationKind}`)}
        {application.state ? ` · ${t(`germanState.${application.state}`)}` : ''}
        {application.population != null ? ` · ${format.integer(application.population)}` : ''}
      </p>
      <p className="kern-body">{t('applications.received', { date: format.dateTime(application.createdAt) })}</p>
      <p className="kern-body">
        {t('applications.contact', { name: application.contactName, email: application.contactEmail })}
      </p>
      <blockquote className="kern-body portal-quote">{application.statement}</blockquote>
      <p className="kern-body">
        <strong>{t('applications.status')}:</strong> {t(`applications.status${application.status}`)}
        {application.vote && (
          <>
            {' · '}
            <Link to={`/p/${partnership.slug}/abstimmungen/${application.vote.id}`} className="kern-link">
              {t('applications.toVote')}
            </Link>
          </>
        )}
      </p>
      {problem && <ErrorAlert message={problem.message} lang={problem.lang} />}
      {pending && partnership.admission === 'DIRECT' && (
        <div className="portal-form__actions">
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => setConfirm('admit')}>
            <span className="kern-label">{t('applications.admit')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setConfirm('reject')}>
            <span className="kern-label">{t('applications.reject')}</span>
          </button>
        </div>
      )}
      {pending && partnership.admission === 'VOTE' && (
        <div className="portal-inline-form">
          <TextField
            label={t('applications.deadline')}
            type="datetime-local"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={voting.loading}
            onClick={() =>
              void run(() =>
                toVote({
                  variables: { input: { applicationId: application.id, deadline: new Date(deadline).toISOString() } },
                }),
              )
            }
          >
            <span className="kern-label">{t('applications.putToVote')}</span>
          </button>
        </div>
      )}
      {confirm && (
        <ConfirmDialog
          title={t(confirm === 'admit' ? 'applications.confirmAdmitTitle' : 'applications.confirmRejectTitle')}
          message={t(confirm === 'admit' ? 'applications.confirmAdmit' : 'applications.confirmReject', {
            organisation: application.organisationName,
          })}
          confirmLabel={t(confirm === 'admit' ? 'applications.admit' : 'applications.reject')}
          busy={admitting.loading || rejecting.loading}
          onConfirm={() =>
            void run(() => (confirm === 'admit' ? admit : reject)({ variables: { id: application.id } }))
          }
          onCancel={() => setConfirm(null)}
        />
      )}
    </li>
  );
}
