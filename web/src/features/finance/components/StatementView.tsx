import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MemberStatementDocument, type MemberStatementQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { CheckpointNote } from '../../audit/components/CheckpointNote';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { FactList } from '../../shell/components/FactList';
import { LoadingState } from '../../shell/components/LoadingState';
import { DataTable } from '../../shell/components/DataTable';
import { exportUrl } from '../hooks/useFinancePartnership';
import { ExportLink } from './ExportLinks';

type Statement = MemberStatementQuery['memberStatement'];

interface StatementViewProps {
  partnership: { id: string; slug: string };
  organisationId: string;
  year: number;
  /** The level of the statement's own headings (its sections one below). */
  headingLevel?: 2 | 3;
}

/** An organisation's statement for a year: the figures, the account's lines, fund contributions and savings, with downloads. */
export function StatementView({ partnership, organisationId, year, headingLevel = 2 }: StatementViewProps) {
  const { t } = useTranslation();
  const { data, previousData, error, loading, refetch } = useQuery(MemberStatementDocument, {
    variables: { partnershipId: partnership.id, organisationId, year },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  if (shown)
    return (
      <StatementBody
        statement={shown.memberStatement}
        slug={partnership.slug}
        headingLevel={headingLevel}
        updating={!data && loading}
      />
    );
  if (error) return <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />;
  return <LoadingState />;
}

type StatementLine = Statement['lines'][number];

/** One row of the account's table: the opening balance, each line, the closing balance. */
interface StatementRow {
  key: string;
  bookedOn: string;
  amountCents: string;
  /** A line of the account, or which balance the row shows. */
  line: StatementLine | 'opening' | 'closing';
}

function statementRows(statement: Statement): StatementRow[] {
  return [
    {
      key: 'opening',
      bookedOn: `${statement.year}-01-01`,
      amountCents: statement.openingBalanceCents,
      line: 'opening',
    },
    ...statement.lines.map((line, index) => ({
      key: `${line.transactionId}-${index}`,
      bookedOn: line.bookedOn,
      amountCents: line.amountCents,
      line,
    })),
    {
      key: 'closing',
      bookedOn: `${statement.year}-12-31`,
      amountCents: statement.closingBalanceCents,
      line: 'closing',
    },
  ];
}

function StatementBody({
  statement,
  slug,
  headingLevel,
  updating,
}: {
  statement: Statement;
  slug: string;
  headingLevel: 2 | 3;
  updating: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const params = { year: statement.year, organisationId: statement.organisationId };
  const of = { name: statement.organisationName, year: statement.year };
  return (
    <section
      aria-labelledby="statement-heading"
      className="portal-section finance-statement"
      aria-busy={updating || undefined}
    >
      <Heading id="statement-heading" className="kern-heading-medium">
        {t('finance.statement.heading', of)}
      </Heading>
      <FactList
        facts={[
          [t('finance.statement.opening'), format.euros(statement.openingBalanceCents)],
          [t('finance.statement.fees'), format.euros(statement.feesCents)],
          [t('finance.statement.costShares'), format.euros(statement.costSharesCents)],
          [t('finance.statement.payments'), format.euros(statement.paymentsCents)],
          ...(statement.otherCents !== '0'
            ? [[t('finance.statement.other'), format.euros(statement.otherCents)] as [string, string]]
            : []),
          [t('finance.statement.closing'), format.euros(statement.closingBalanceCents)],
          [t('finance.statement.contributions'), format.euros(statement.fundContributionsCents)],
          [t('finance.statement.saved'), format.euros(statement.savedCents)],
        ]}
      />
      <p className="kern-body kern-body--muted">{t('finance.statement.balanceHint')}</p>
      <p className="kern-body finance-downloads">
        <ExportLink
          href={exportUrl(slug, 'statement', 'csv', params)}
          label={t('finance.exports.csv')}
          context={t('finance.statement.heading', of)}
        />
        <ExportLink
          href={exportUrl(slug, 'statement', 'xlsx', params)}
          label={t('finance.exports.xlsx')}
          context={t('finance.statement.heading', of)}
        />
      </p>

      <Sub className="kern-heading-small">{t('finance.statement.linesHeading')}</Sub>
      {statement.lines.length === 0 ? (
        <p className="kern-body">{t('finance.statement.noLines')}</p>
      ) : (
        <DataTable
          caption={t('finance.statement.linesCaption', of)}
          stacked
          rows={statementRows(statement)}
          rowKey={(row) => row.key}
          columns={[
            {
              id: 'date',
              header: t('finance.column.date'),
              cell: (row) => <time dateTime={row.bookedOn}>{format.localDate(row.bookedOn)}</time>,
            },
            {
              id: 'category',
              header: t('finance.column.category'),
              cell: ({ line }) =>
                typeof line === 'string' ? (
                  t(`finance.statement.${line}`)
                ) : (
                  <>
                    {t(`finance.category.${line.category}`)}
                    {line.kind === 'REVERSAL' && ` (${t('finance.kind.REVERSAL')})`}
                  </>
                ),
            },
            {
              id: 'description',
              header: t('finance.column.description'),
              cell: ({ line }) => (typeof line === 'string' ? null : line.description),
            },
            {
              id: 'amount',
              header: t('finance.column.amount'),
              kind: 'numeric',
              cell: (row) => format.euros(row.amountCents),
            },
          ]}
        />
      )}

      <Sub className="kern-heading-small">{t('finance.statement.contributionsHeading')}</Sub>
      {statement.contributions.length === 0 ? (
        <p className="kern-body">{t('finance.statement.noContributions')}</p>
      ) : (
        <DataTable
          caption={t('finance.statement.contributionsCaption', of)}
          rows={statement.contributions}
          rowKey={(line) => line.transactionId}
          columns={[
            {
              id: 'date',
              header: t('finance.column.date'),
              cell: (line) => <time dateTime={line.bookedOn}>{format.localDate(line.bookedOn)}</time>,
            },
            { id: 'description', header: t('finance.column.description'), cell: (line) => line.description },
            {
              id: 'amount',
              header: t('finance.column.amount'),
              kind: 'numeric',
              cell: (line) => format.euros(line.amountCents),
            },
          ]}
        />
      )}

      <Sub className="kern-heading-small">{t('finance.statement.savingsHeading')}</Sub>
      {statement.savings.length === 0 ? (
        <p className="kern-body">{t('finance.statement.noSavings')}</p>
      ) : (
        <DataTable
          caption={t('finance.statement.savingsCaption', of)}
          rows={statement.savings}
          rowKey={(saving) => saving.agreementId}
          columns={[
            { id: 'agreement', header: t('finance.column.agreement'), rowHeader: true, cell: (saving) => saving.title },
            {
              id: 'total',
              header: t('finance.column.total'),
              kind: 'numeric',
              cell: (saving) => format.euros(saving.totalCents),
            },
            {
              id: 'share',
              header: t('finance.column.share'),
              kind: 'numeric',
              cell: (saving) => format.euros(saving.shareCents),
            },
            {
              id: 'saved',
              header: t('finance.column.saved'),
              kind: 'numeric',
              cell: (saving) => format.euros(saving.savedCents),
            },
          ]}
        />
      )}
      <CheckpointNote checkpoint={statement.auditCheckpoint} slug={slug} />
    </section>
  );
}
