import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MemberStatementDocument, type MemberStatementQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { CheckpointNote } from '../../audit/components/CheckpointNote';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { FactList } from '../../shell/components/FactList';
import { LoadingState } from '../../shell/components/LoadingState';
import { TableRegion } from '../../shell/components/TableRegion';
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
        <TableRegion caption={t('finance.statement.linesCaption', of)}>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('finance.column.date')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('finance.column.category')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('finance.column.description')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('finance.column.amount')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            <tr className="kern-table__row">
              <td className="kern-table__cell">
                <time dateTime={`${statement.year}-01-01`}>{format.localDate(`${statement.year}-01-01`)}</time>
              </td>
              <td className="kern-table__cell" colSpan={2}>
                {t('finance.statement.opening')}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {format.euros(statement.openingBalanceCents)}
              </td>
            </tr>
            {statement.lines.map((line, index) => (
              <tr className="kern-table__row" key={`${line.transactionId}-${index}`}>
                <td className="kern-table__cell">
                  <time dateTime={line.bookedOn}>{format.localDate(line.bookedOn)}</time>
                </td>
                <td className="kern-table__cell">
                  {t(`finance.category.${line.category}`)}
                  {line.kind === 'REVERSAL' && ` (${t('finance.kind.REVERSAL')})`}
                </td>
                <td className="kern-table__cell">{line.description}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{format.euros(line.amountCents)}</td>
              </tr>
            ))}
            <tr className="kern-table__row">
              <td className="kern-table__cell">
                <time dateTime={`${statement.year}-12-31`}>{format.localDate(`${statement.year}-12-31`)}</time>
              </td>
              <td className="kern-table__cell" colSpan={2}>
                {t('finance.statement.closing')}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {format.euros(statement.closingBalanceCents)}
              </td>
            </tr>
          </tbody>
        </TableRegion>
      )}

      <Sub className="kern-heading-small">{t('finance.statement.contributionsHeading')}</Sub>
      {statement.contributions.length === 0 ? (
        <p className="kern-body">{t('finance.statement.noContributions')}</p>
      ) : (
        <TableRegion caption={t('finance.statement.contributionsCaption', of)}>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('finance.column.date')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('finance.column.description')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('finance.column.amount')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {statement.contributions.map((line) => (
              <tr className="kern-table__row" key={line.transactionId}>
                <td className="kern-table__cell">
                  <time dateTime={line.bookedOn}>{format.localDate(line.bookedOn)}</time>
                </td>
                <td className="kern-table__cell">{line.description}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{format.euros(line.amountCents)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}

      <Sub className="kern-heading-small">{t('finance.statement.savingsHeading')}</Sub>
      {statement.savings.length === 0 ? (
        <p className="kern-body">{t('finance.statement.noSavings')}</p>
      ) : (
        <TableRegion caption={t('finance.statement.savingsCaption', of)}>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('finance.column.agreement')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('finance.column.total')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('finance.column.share')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t('finance.column.saved')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {statement.savings.map((saving) => (
              <tr className="kern-table__row" key={saving.agreementId}>
                <th scope="row" className="kern-table__header">
                  {saving.title}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">{format.euros(saving.totalCents)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{format.euros(saving.shareCents)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{format.euros(saving.savedCents)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <CheckpointNote checkpoint={statement.auditCheckpoint} slug={slug} />
    </section>
  );
}
