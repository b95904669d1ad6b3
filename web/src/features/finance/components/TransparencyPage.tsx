import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { TransparencyReportDocument, type TransparencyReportQuery } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { TransparencyCharts } from '../../charts/components/TransparencyCharts';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { LoadingState } from '../../shell/components/LoadingState';
import { SelectField } from '../../shell/components/SelectField';
import { DataTable } from '../../shell/components/DataTable';
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
          <DataTable
            caption={t('finance.transparency.incomeCaption')}
            stacked
            rows={report.income}
            rowKey={(row) => String(row.year)}
            columns={[
              { id: 'year', header: t('finance.column.year'), rowHeader: true, cell: (row) => row.year },
              {
                id: 'feesInvoiced',
                header: t('finance.transparency.feesInvoiced'),
                kind: 'numeric',
                cell: (row) => format.euros(row.feesInvoicedCents),
              },
              {
                id: 'feesPaid',
                header: t('finance.transparency.feesPaid'),
                kind: 'numeric',
                cell: (row) => format.euros(row.feesPaidCents),
              },
              {
                id: 'fundContributions',
                header: t('finance.transparency.fundContributions'),
                kind: 'numeric',
                cell: (row) => format.euros(row.fundContributionsCents),
              },
              {
                id: 'costShares',
                header: t('finance.transparency.costShares'),
                kind: 'numeric',
                cell: (row) => format.euros(row.costSharesCents),
              },
              {
                id: 'paidOut',
                header: t('finance.transparency.paidOut'),
                kind: 'numeric',
                cell: (row) => format.euros(row.paidOutCents),
              },
            ]}
          />
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
          <DataTable
            caption={t('finance.transparency.purposesCaption', of)}
            stacked
            rows={report.purposes}
            rowKey={(purpose) => purpose.purposeId ?? 'general'}
            columns={[
              {
                id: 'purpose',
                header: t('finance.column.purpose'),
                rowHeader: true,
                cell: (purpose) =>
                  purpose.purposeId ? (english ? purpose.labelEn : purpose.labelDe) : t('finance.generalFund'),
              },
              {
                id: 'contributed',
                header: t('finance.transparency.contributed'),
                kind: 'numeric',
                cell: (purpose) => format.euros(purpose.contributedCents),
              },
              {
                id: 'allocated',
                header: t('finance.transparency.allocated'),
                kind: 'numeric',
                cell: (purpose) => format.euros(purpose.allocatedCents),
              },
              {
                id: 'disbursed',
                header: t('finance.transparency.disbursed'),
                kind: 'numeric',
                cell: (purpose) => format.euros(purpose.disbursedCents),
              },
            ]}
          />
        )}

        <h3 className="kern-heading-small">{t('finance.transparency.requestsHeading')}</h3>
        {report.requests.length === 0 ? (
          <p className="kern-body">{t('finance.transparency.noRequests')}</p>
        ) : (
          <DataTable
            caption={t('finance.transparency.requestsCaption', of)}
            stacked
            rows={report.requests}
            rowKey={(request) => request.featureRequestId}
            columns={[
              {
                id: 'request',
                header: t('finance.column.request'),
                rowHeader: true,
                cell: (request) => (
                  <Link to={`/p/${report.slug}/anliegen/${request.number}`} className="kern-link">
                    #{request.number} {request.title}
                  </Link>
                ),
              },
              {
                id: 'agreements',
                header: t('finance.transparency.agreements'),
                kind: 'numeric',
                cell: (request) => format.euros(request.agreementCents),
              },
              {
                id: 'allocated',
                header: t('finance.transparency.allocated'),
                kind: 'numeric',
                cell: (request) => format.euros(request.allocatedCents),
              },
              {
                id: 'disbursed',
                header: t('finance.transparency.disbursed'),
                kind: 'numeric',
                cell: (request) => format.euros(request.disbursedCents),
              },
            ]}
          />
        )}
        {report.otherAgreementsCents !== '0' && (
          <p className="kern-body">
            {t('finance.transparency.otherAgreements', { amount: format.euros(report.otherAgreementsCents) })}
          </p>
        )}
        <p className="kern-body kern-body--muted">{t('finance.transparency.privacy')}</p>
      </section>
      <TransparencyCharts slug={report.slug} year={report.year} purposes={report.purposes} />
    </>
  );
}
