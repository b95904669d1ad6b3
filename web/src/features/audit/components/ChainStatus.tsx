import { useTranslation } from 'react-i18next';
import type { PartnershipAuditLogQuery } from '../../../generated/graphql';

type Status = PartnershipAuditLogQuery['partnership']['auditChainStatus'];

/** The result of the server re-checking every hash: unchanged, or the first entry that breaks the chain. */
export function ChainStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  if (status.valid) {
    return (
      <div className="kern-alert kern-alert--success chain-status">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--success" aria-hidden="true" />
          <h2 className="kern-title">{t('audit.chainValid', { count: status.length })}</h2>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">{t('audit.chainValidBody')}</p>
          {status.lastHash && (
            <p className="kern-body kern-body--small">
              {t('audit.lastHash')} <code className="audit-hash audit-hash--full">{status.lastHash}</code>
            </p>
          )}
        </div>
      </div>
    );
  }
  return (
    <div className="kern-alert kern-alert--danger chain-status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title">
          {status.brokenAtSequence === null
            ? t('audit.chainBroken')
            : t('audit.chainBrokenAt', { sequence: status.brokenAtSequence })}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('audit.chainBrokenBody', { count: status.length })}</p>
        {status.reason && (
          <p className="kern-body">
            {t('audit.reason')} <span lang="en">{status.reason}</span>
          </p>
        )}
      </div>
    </div>
  );
}
