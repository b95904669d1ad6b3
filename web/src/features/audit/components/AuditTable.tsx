import { useTranslation } from 'react-i18next';
import type { PartnershipAuditLogQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NotSpecified } from '../../shell/components/NotSpecified';
import { DataTable } from '../../shell/components/DataTable';
import { useAuditLabels } from '../hooks/useAuditLabels';

type AuditEvent = PartnershipAuditLogQuery['partnership']['auditLog']['nodes'][number];

/** Enough of a SHA-256 hash to compare by eye; the full one is in the details. */
const shortHashLength = 12;

export function AuditTable({ events, brokenAt }: { events: AuditEvent[]; brokenAt: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useAuditLabels();
  if (events.length === 0) return <p className="kern-body">{t('audit.none')}</p>;

  return (
    <DataTable
      caption={t('audit.caption')}
      stacked
      rows={events}
      rowKey={(event) => event.id}
      columns={[
        {
          id: 'sequence',
          header: t('audit.columns.sequence'),
          kind: 'numeric',
          rowHeader: true,
          cell: (event) => (
            <>
              {format.integer(event.sequence)}
              {event.sequence === brokenAt && (
                <span className="kern-badge kern-badge--danger audit-break">
                  <span className="kern-label kern-label--small">{t('audit.breakBadge')}</span>
                </span>
              )}
            </>
          ),
        },
        {
          id: 'time',
          header: t('audit.columns.time'),
          cell: (event) => <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>,
        },
        { id: 'action', header: t('audit.columns.action'), cell: (event) => labels.action(event.action) },
        { id: 'subject', header: t('audit.columns.subject'), cell: (event) => labels.subject(event.subjectType) },
        {
          id: 'payload',
          header: t('audit.columns.payload'),
          className: 'audit-payload',
          cell: (event) => labels.summary(event.payload) || <NotSpecified />,
        },
        {
          id: 'hash',
          header: t('audit.columns.hash'),
          cell: (event) => (
            <>
              <code className="audit-hash">{event.hash.slice(0, shortHashLength)}</code>
              <span className="kern-sr-only">{t('audit.hashShortened')}</span>
            </>
          ),
        },
      ]}
    />
  );
}
