import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { isForbidden, isNotFound } from '../../../app/graphql-errors';
import { CostAgreementDocument, SendCostAgreementDocument, SignCostContractDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { FactList, type Fact } from '../../shell/components/FactList';
import { LoadingState } from '../../shell/components/LoadingState';
import { NotFoundPage } from '../../shell/components/NotFoundPage';
import { OutcomeAlert } from '../../shell/components/OutcomeAlert';
import { SuccessAlert } from '../../shell/components/SuccessAlert';
import { DataTable } from '../../shell/components/DataTable';
import { useConfirmedAction } from '../../shell/hooks/useConfirmedAction';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { agreementRefetch, type Agreement } from '../hooks/agreementShared';
import { useAgreementsPartnership, type AgreementsPartnership } from '../hooks/useAgreementsPartnership';
import { DeclineContract, ResplitPanel } from './AgreementActions';
import { ProviderPaymentPanel } from './ProviderPaymentPanel';
import { SharesTable } from './SharesTable';
import '../agreements.css';

export function AgreementPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const partnership = useAgreementsPartnership(slug);
  const agreement = useQuery(CostAgreementDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (partnership.error)
    return <PartnershipProblem error={partnership.error} slug={slug} onRetry={() => void partnership.refetch()} />;
  if (agreement.error && !agreement.data) {
    if (isNotFound(agreement.error) || /must be a UUID/.test(agreement.error.message))
      return (
        <NotFoundPage title={t('agreements.detail.notFoundTitle')} message={t('agreements.detail.notFoundBody')} />
      );
    if (isForbidden(agreement.error))
      return (
        <NotFoundPage title={t('agreements.detail.forbiddenTitle')} message={t('agreements.detail.forbiddenBody')} />
      );
    return <ErrorAlert message={t('common.loadError')} onRetry={() => void agreement.refetch()} />;
  }
  if (partnership.data && agreement.data)
    return <AgreementView partnership={partnership.data.partnership} agreement={agreement.data.costAgreement} />;
  return <LoadingState />;
}

function AgreementView({ partnership, agreement }: { partnership: AgreementsPartnership; agreement: Agreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state } = useLocation();
  useDocumentTitle(t('agreements.detail.documentTitle', { title: agreement.title, name: partnership.name }));
  const canManage = partnership.viewerPermissions.includes('FINANCE_MANAGE');
  const current = agreement.contracts.filter((c) => c.version === agreement.currentVersion);
  const declined = current.some((c) => c.status === 'DECLINED');
  const method = agreement.versions.find((v) => v.version === agreement.currentVersion)?.method ?? 'EQUAL';
  const facts: Fact[] = [
    [t('agreements.fact.status'), t(`agreements.status.${agreement.status}`)],
    [t('agreements.fact.total'), format.euros(agreement.totalCents)],
    [t('agreements.fact.method'), t(`agreements.method.${method}`)],
    [t('agreements.fact.provider'), agreement.provider.name],
    [t('agreements.fact.version'), String(agreement.currentVersion)],
  ];
  if (agreement.request)
    facts.unshift([t('agreements.fact.request'), `#${agreement.request.number} ${agreement.request.title}`]);
  if (agreement.module)
    facts.unshift([
      t('agreements.fact.module'),
      t('agreements.subject.module', { name: agreement.module.name, year: agreement.year }),
    ]);
  if (agreement.financedAt) facts.push([t('agreements.fact.financedAt'), format.dateTime(agreement.financedAt)]);
  const previous = agreement.versions.find((v) => v.version === agreement.currentVersion - 1);
  const latest = agreement.versions.find((v) => v.version === agreement.currentVersion);

  return (
    <>
      <BackLink partnership={partnership} />
      <p className="portal-back">
        <Link to={`/p/${partnership.slug}/finanzen/vereinbarungen`} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('agreements.backToList')}
        </Link>
      </p>
      {Boolean(state && typeof state === 'object' && 'created' in state) && (
        <SuccessAlert message={t('agreements.detail.created')} />
      )}
      <h1 className="kern-heading-large">
        <span lang="de">{agreement.title}</span>
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      {agreement.status === 'FINANCED' && (
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--success" aria-hidden="true" />
            <span className="kern-title">{t('agreements.detail.financedTitle')}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">
              {agreement.recurring ? t('agreements.detail.postedBody') : t('agreements.detail.financedBody')}
            </p>
          </div>
        </div>
      )}
      <FactList facts={facts} />
      {agreement.request && (
        <p className="kern-body">
          <Link to={`/p/${partnership.slug}/anliegen/${agreement.request.number}`} className="kern-link">
            {t('agreements.detail.requestLink', { number: agreement.request.number })}
          </Link>
        </p>
      )}
      {canManage && agreement.status === 'DRAFT' && <SendAgreement agreement={agreement} />}

      <section aria-labelledby="agreement-shares" className="portal-section">
        <h2 id="agreement-shares" className="kern-heading-medium">
          {t('agreements.detail.sharesHeading')}
        </h2>
        <p className="kern-body">{t('agreements.explanation')}</p>
        <SharesTable
          caption={t('agreements.detail.sharesCaption', { version: agreement.currentVersion })}
          shares={agreement.shares}
          totalCents={agreement.totalCents}
        />
      </section>

      {agreement.comparison.length > 0 && (
        <section aria-labelledby="agreement-comparison" className="portal-section">
          <h2 id="agreement-comparison" className="kern-heading-medium">
            {t('agreements.detail.comparisonHeading')}
          </h2>
          {latest?.reason && <p className="kern-body">{t('agreements.detail.reason', { reason: latest.reason })}</p>}
          <DataTable
            caption={t('agreements.detail.comparisonCaption', {
              before: previous?.version ?? 1,
              after: agreement.currentVersion,
            })}
            rows={agreement.comparison}
            rowKey={(row) => row.organisation.id}
            columns={[
              {
                id: 'member',
                header: t('agreements.column.member'),
                rowHeader: true,
                cell: (row) => row.organisation.name,
              },
              {
                id: 'before',
                header: t('agreements.column.before'),
                kind: 'numeric',
                cell: (row) => (row.beforeCents ? format.euros(row.beforeCents) : t('agreements.detail.notPart')),
              },
              {
                id: 'after',
                header: t('agreements.column.after'),
                kind: 'numeric',
                cell: (row) => (row.afterCents ? format.euros(row.afterCents) : t('agreements.detail.notPart')),
              },
              {
                id: 'change',
                header: t('agreements.column.change'),
                kind: 'numeric',
                cell: (row) => format.euros(row.changeCents),
              },
            ]}
          />
        </section>
      )}

      {agreement.status === 'FINANCED' && <ProviderPaymentPanel agreement={agreement} canManage={canManage} />}

      {!agreement.recurring && <Contracts agreement={agreement} />}
      {canManage && !agreement.recurring && agreement.status !== 'FINANCED' && agreement.status !== 'CANCELLED' && (
        <ResplitPanel agreement={agreement} declined={declined} members={partnership.members} />
      )}

      <section aria-labelledby="agreement-versions" className="portal-section">
        <h2 id="agreement-versions" className="kern-heading-medium">
          {t('agreements.detail.versionsHeading')}
        </h2>
        <ol className="kern-list">
          {agreement.versions.map((v) => (
            <li key={v.id} className="kern-body">
              {t('agreements.detail.versionLine', {
                version: v.version,
                method: t(`agreements.method.${v.method}`),
                when: format.dateTime(v.createdAt),
              })}
              {v.reason && ` — ${v.reason}`}
              {v.transactionId && ` (${t('agreements.detail.posted')})`}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function SendAgreement({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const [send] = useMutation(SendCostAgreementDocument, agreementRefetch);
  const action = useConfirmedAction<string>(async (id) => {
    await send({ variables: { id } });
    return t('agreements.send.done');
  });
  return (
    <div className="agreement-panel">
      <OutcomeAlert outcome={action.outcome} />
      <p className="kern-body">{t('agreements.send.intro', { count: agreement.contracts.length })}</p>
      <button
        type="button"
        className="kern-btn kern-btn--primary"
        onClick={() => action.ask(agreement.id)}
        disabled={action.busy}
      >
        <span className="kern-label">{t('agreements.send.button')}</span>
      </button>
      {action.pending && (
        <ConfirmDialog
          title={t('agreements.send.confirmTitle')}
          message={t('agreements.send.confirmMessage', { count: agreement.contracts.length })}
          confirmLabel={t('agreements.send.button')}
          busy={action.busy}
          onConfirm={() => void action.confirm()}
          onCancel={action.cancel}
        />
      )}
    </div>
  );
}

function Contracts({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sign] = useMutation(SignCostContractDocument, agreementRefetch);
  const [declining, setDeclining] = useState<Agreement['contracts'][number] | null>(null);
  const action = useConfirmedAction<Agreement['contracts'][number]>(async (contract) => {
    const result = await sign({ variables: { id: contract.id } });
    return result.data?.signCostContract.status === 'FINANCED'
      ? t('agreements.sign.doneFinanced')
      : t('agreements.sign.done', { name: contract.organisation.name });
  });
  return (
    <section aria-labelledby="agreement-contracts" className="portal-section">
      <h2 id="agreement-contracts" className="kern-heading-medium">
        {t('agreements.detail.contractsHeading')}
      </h2>
      <OutcomeAlert outcome={action.outcome} />
      <DataTable
        caption={t('agreements.detail.contractsCaption', {
          signed: agreement.contracts.filter((c) => c.status === 'SIGNED').length,
          count: agreement.contracts.length,
        })}
        stacked
        rows={agreement.contracts}
        rowKey={(contract) => contract.id}
        columns={[
          {
            id: 'member',
            header: t('agreements.column.member'),
            rowHeader: true,
            cell: (contract) => contract.organisation.name,
          },
          {
            id: 'status',
            header: t('agreements.column.status'),
            cell: (contract) => (
              <>
                {t(`agreements.contractStatus.${contract.status}`)}
                {contract.declineReason && ` — ${contract.declineReason}`}
              </>
            ),
          },
          {
            id: 'decided',
            header: t('agreements.column.decided'),
            cell: (contract) =>
              contract.decidedAt
                ? contract.decidedBy?.displayName
                  ? t('agreements.detail.decidedBy', {
                      who: contract.decidedBy.displayName,
                      when: format.dateTime(contract.decidedAt),
                    })
                  : format.dateTime(contract.decidedAt)
                : contract.sentAt
                  ? t('agreements.detail.sentAt', { when: format.dateTime(contract.sentAt) })
                  : '—',
          },
          {
            id: 'actions',
            header: t('agreements.column.actions'),
            cell: (contract) =>
              contract.viewerCanSign ? (
                <span className="agreement-actions">
                  <button
                    type="button"
                    className="kern-btn kern-btn--primary"
                    onClick={() => action.ask(contract)}
                    disabled={action.busy}
                  >
                    <span className="kern-label">{t('agreements.sign.button')}</span>
                    <span className="portal-sr-only">{contract.organisation.name}</span>
                  </button>
                  <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setDeclining(contract)}>
                    <span className="kern-label">{t('agreements.decline.button')}</span>
                    <span className="portal-sr-only">{contract.organisation.name}</span>
                  </button>
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {action.pending && (
        <ConfirmDialog
          title={t('agreements.sign.confirmTitle')}
          message={t('agreements.sign.confirmMessage', {
            name: action.pending.organisation.name,
            amount: format.euros(
              agreement.shares.find((s) => s.organisation.id === action.pending?.organisation.id)?.amountCents ?? '0',
            ),
          })}
          confirmLabel={t('agreements.sign.button')}
          busy={action.busy}
          onConfirm={() => void action.confirm()}
          onCancel={action.cancel}
        />
      )}
      {declining && <DeclineContract contract={declining} onDone={() => setDeclining(null)} />}
    </section>
  );
}
