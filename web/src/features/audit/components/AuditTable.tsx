import { useTranslation } from 'react-i18next';
import type { PartnershipAuditLogQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { NotSpecified } from '../../shell/components/NotSpecified';
import { TableRegion } from '../../shell/components/TableRegion';
import { summarisePayload } from '../payload-summary';
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
    <TableRegion caption={t('audit.caption')}>
      <thead>
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header kern-table__header--numeric">
            {t('audit.columns.sequence')}
          </th>
          <th scope="col" className="kern-table__header">
            {t('audit.columns.time')}
          </th>
          <th scope="col" className="kern-table__header">
            {t('audit.columns.action')}
          </th>
          <th scope="col" className="kern-table__header">
            {t('audit.columns.subject')}
          </th>
          <th scope="col" className="kern-table__header">
            {t('audit.columns.payload')}
          </th>
          <th scope="col" className="kern-table__header">
            {t('audit.columns.hash')}
          </th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {events.map((event) => (
          <tr className="kern-table__row" key={event.id}>
            <th scope="row" className="kern-table__header kern-table__header--numeric">
              {format.integer(event.sequence)}
              {event.sequence === brokenAt && (
                <span className="kern-badge kern-badge--danger audit-break">
                  <span className="kern-label kern-label--small">{t('audit.breakBadge')}</span>
                </span>
              )}
            </th>
            <td className="kern-table__cell">
              <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
            </td>
            <td className="kern-table__cell">{labels.action(event.action)}</td>
            <td className="kern-table__cell">{labels.subject(event.subjectType)}</td>
            <td className="kern-table__cell audit-payload">{summarisePayload(event.payload) || <NotSpecified />}</td>
            <td className="kern-table__cell">
              <code className="audit-hash">{event.hash.slice(0, shortHashLength)}</code>
              <span className="kern-sr-only">{t('audit.hashShortened')}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
