import { useTranslation } from 'react-i18next';
import { DataTable } from '../../shell/components/DataTable';
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
    <DataTable
      caption={t('finance.exports.caption', { year })}
      rows={kinds.map((kind) => ({ kind, name: t(`finance.exports.kind.${kind}`, { year }) }))}
      rowKey={(row) => row.kind}
      columns={[
        { id: 'what', header: t('finance.exports.what'), rowHeader: true, cell: (row) => row.name },
        ...(['csv', 'xlsx'] as const).map((format) => ({
          id: format,
          header: t(`finance.exports.${format}`),
          cell: (row: { kind: (typeof kinds)[number]; name: string }) => (
            <ExportLink
              href={exportUrl(slug, row.kind, format, { year })}
              label={t(`finance.exports.${format}`)}
              context={row.name}
            />
          ),
        })),
      ]}
    />
  );
}
