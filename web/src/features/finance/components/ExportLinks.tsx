import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../shell/components/TableRegion';
import { exportUrl } from '../hooks/useFinancePartnership';

/** A download link whose accessible name says what it downloads, not only "CSV" (and starts with what it shows). */
export function ExportLink({ href, label, context }: { href: string; label: string; context: string }) {
  return (
    <a href={href} className="kern-link finance-download" download aria-label={`${label}: ${context}`}>
      <span className="kern-icon kern-icon--download" aria-hidden="true" />
      {label}
    </a>
  );
}

const kinds = ['ledger', 'agreements', 'invoices'] as const;

/** The treasury's downloads for a year: ledger, agreements and fee invoices, each as CSV and XLSX. */
export function ExportLinks({ slug, year }: { slug: string; year: number }) {
  const { t } = useTranslation();
  return (
    <TableRegion caption={t('finance.exports.caption', { year })}>
      <thead>
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header">
            {t('finance.exports.what')}
          </th>
          <th scope="col" className="kern-table__header">
            {t('finance.exports.csv')}
          </th>
          <th scope="col" className="kern-table__header">
            {t('finance.exports.xlsx')}
          </th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {kinds.map((kind) => {
          const name = t(`finance.exports.kind.${kind}`, { year });
          return (
            <tr className="kern-table__row" key={kind}>
              <th scope="row" className="kern-table__header">
                {name}
              </th>
              <td className="kern-table__cell">
                <ExportLink
                  href={exportUrl(slug, kind, 'csv', { year })}
                  label={t('finance.exports.csv')}
                  context={name}
                />
              </td>
              <td className="kern-table__cell">
                <ExportLink
                  href={exportUrl(slug, kind, 'xlsx', { year })}
                  label={t('finance.exports.xlsx')}
                  context={name}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableRegion>
  );
}
