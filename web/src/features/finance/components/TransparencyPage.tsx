import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { TransparencyReportDocument, type TransparencyReportQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { LoadingState } from '../../shell/components/LoadingState';
import { SelectField } from '../../shell/components/SelectField';
import { TableRegion } from '../../shell/components/TableRegion';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { currentYear, yearParam } from '../hooks/useFinancePartnership';
import '../finance.css';

type Report = TransparencyReportQuery['transparencyReport'];

/** `/p/:slug/transparenz?jahr=…`: where the money came from and went, public when the partnership says so. */
export function TransparencyPage() {
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = yearParam(params.get('jahr'), currentYear());
  const { data, previousData, error, loading, refetch } = useQuery(TransparencyReportDocument, {
    variables: { slug, year },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  if (shown)
    return (
      <Transparency
        report={shown.transparencyReport}
        updating={!data && loading}
        onYear={(value) => setParams({ jahr: String(value) }, { replace: true })}
      />
    );
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function Transparency({
  report,
  updating,
  onYear,
}: {
  report: Report;
  updating: boolean;
  onYear: (year: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  useDocumentTitle(t('finance.transparency.documentTitle', { name: report.name }));
  const years = [...new Set([report.year, currentYear(), ...report.years])].sort((a, b) => b - a);
  const of = { year: report.year };
  return (
    <>
      <BackLink partnership={report} />
      <h1 className="kern-heading-large">
        {t('finance.transparency.title')}
        <span className="portal-heading-context">{report.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('finance.transparency.intro')}</p>

      <section aria-labelledby="transparency-income" className="portal-section">
        <h2 id="transparency-income" className="kern-heading-medium">
          {t('finance.transparency.incomeHeading')}
        </h2>
        {report.income.length === 0 ? (
          <p className="kern-body">{t('finance.transparency.noMovements')}</p>
        ) : (
          <TableRegion caption={t('finance.transparency.incomeCaption')}>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('finance.column.year')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.feesInvoiced')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.feesPaid')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.fundContributions')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.costShares')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.paidOut')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {report.income.map((row) => (
                <tr className="kern-table__row" key={row.year}>
                  <th scope="row" className="kern-table__header">
                    {row.year}
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.euros(row.feesInvoicedCents)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.euros(row.feesPaidCents)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {format.euros(row.fundContributionsCents)}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.euros(row.costSharesCents)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.euros(row.paidOutCents)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </section>

      <section
        aria-labelledby="transparency-year"
        className="portal-section finance-year"
        aria-busy={updating || undefined}
      >
        <h2 id="transparency-year" className="kern-heading-medium">
          {t('finance.transparency.yearHeading', of)}
        </h2>
        <div className="finance-filters">
          <SelectField
            label={t('finance.transparency.year')}
            name="year"
            value={report.year}
            onChange={(event) => onYear(Number(event.target.value))}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </SelectField>
        </div>
        <p className="kern-body">
          {t('finance.transparency.contributors', { count: report.contributorCount, year: report.year })}
        </p>

        <h3 className="kern-heading-small">{t('finance.transparency.purposesHeading')}</h3>
        {report.purposes.length === 0 ? (
          <p className="kern-body">{t('finance.transparency.noPurposes')}</p>
        ) : (
          <TableRegion caption={t('finance.transparency.purposesCaption', of)}>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('finance.column.purpose')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.contributed')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.allocated')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.disbursed')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {report.purposes.map((purpose) => (
                <tr className="kern-table__row" key={purpose.purposeId ?? 'general'}>
                  <th scope="row" className="kern-table__header">
                    {purpose.purposeId ? (english ? purpose.labelEn : purpose.labelDe) : t('finance.generalFund')}
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {format.euros(purpose.contributedCents)}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.euros(purpose.allocatedCents)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.euros(purpose.disbursedCents)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}

        <h3 className="kern-heading-small">{t('finance.transparency.requestsHeading')}</h3>
        {report.requests.length === 0 ? (
          <p className="kern-body">{t('finance.transparency.noRequests')}</p>
        ) : (
          <TableRegion caption={t('finance.transparency.requestsCaption', of)}>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('finance.column.request')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.agreements')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.allocated')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('finance.transparency.disbursed')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {report.requests.map((request) => (
                <tr className="kern-table__row" key={request.featureRequestId}>
                  <th scope="row" className="kern-table__header">
                    <Link to={`/p/${report.slug}/anliegen/${request.number}`} className="kern-link">
                      #{request.number} {request.title}
                    </Link>
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.euros(request.agreementCents)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.euros(request.allocatedCents)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{format.euros(request.disbursedCents)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
        {report.otherAgreementsCents !== '0' && (
          <p className="kern-body">
            {t('finance.transparency.otherAgreements', { amount: format.euros(report.otherAgreementsCents) })}
          </p>
        )}
        <p className="kern-body kern-body--muted">{t('finance.transparency.privacy')}</p>
      </section>
    </>
  );
}
