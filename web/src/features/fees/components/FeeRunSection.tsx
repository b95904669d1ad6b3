import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FeeInvoicesDocument,
  FeeMemberBalancesDocument,
  FeeRunPreviewDocument,
  RunFeesDocument,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { Form } from '../../shell/components/Form';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { DataTable } from '../../shell/components/DataTable';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { describeProblem } from '../../../app/graphql-errors';
import { parseYear } from '../fee-values';
import { useFeeWords } from '../hooks/useFeeWords';

/** The yearly run: a preview of every member's fee (or what is missing), then the run itself after confirming. */
export function FeeRunSection({ partnershipId, canManage }: { partnershipId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useFeeWords();
  const errors = useFormErrors();
  const [yearText, setYearText] = useState(String(new Date().getFullYear()));
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [loadPreview, { data, loading, refetch }] = useLazyQuery(FeeRunPreviewDocument, {
    fetchPolicy: 'network-only',
  });
  const [run, { loading: running }] = useMutation(RunFeesDocument, {
    refetchQueries: [FeeInvoicesDocument, FeeMemberBalancesDocument],
  });
  const preview = data?.feeRunPreview;

  const showPreview = async () => {
    const year = parseYear(yearText);
    setOutcome(null);
    if (!errors.check({ year: year === null ? [t('fees.schedule.yearInvalid')] : undefined }) || year === null) return;
    try {
      await loadPreview({ variables: { partnershipId, year } });
    } catch (error) {
      errors.fail(error);
    }
  };

  const execute = async () => {
    if (!preview) return;
    try {
      const result = (await run({ variables: { input: { partnershipId, year: preview.year } } })).data?.runFees;
      if (result) {
        setOutcome({
          ok: true,
          text: t('fees.run.result', {
            created: t('fees.run.resultCreated', { count: result.created }),
            existed: t('fees.run.resultExisted', { count: result.existing }),
            exempt: t('fees.run.resultExempt', { count: result.exempt }),
            total: format.euros(result.totalCents),
          }),
        });
      }
      await refetch();
    } catch (error) {
      const problem = describeProblem(error, t('form.networkError'));
      setOutcome({ ok: false, text: problem.message, lang: problem.lang });
    } finally {
      setConfirming(false);
    }
  };

  return (
    <section aria-labelledby="fees-run" className="portal-section">
      <h2 id="fees-run" className="kern-heading-medium">
        {t('fees.run.heading')}
      </h2>
      <p className="kern-body">{t('fees.run.intro')}</p>
      <OutcomeAlert outcome={outcome} />
      <Form errors={errors} onSubmit={showPreview}>
        <TextField
          label={t('fees.run.yearLabel')}
          name="year"
          inputMode="numeric"
          required
          value={yearText}
          onChange={(e) => setYearText(e.target.value)}
          errors={errors.fields.year}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={loading}>
            <span className="kern-label">{t('fees.run.preview')}</span>
          </button>
        </div>
      </Form>
      {preview && (
        <>
          <p className="kern-body" role="status">
            {t('fees.run.summary', {
              count: preview.toCreate,
              existing: t('fees.run.existing', { count: preview.existing }),
              total: format.euros(preview.totalCents),
            })}
          </p>
          {preview.errors.length > 0 && (
            <div className="fees-errors">
              <ErrorAlert message={t('fees.run.errorsHeading')} />
              <ul className="kern-list">
                {preview.errors.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </div>
          )}
          <DataTable
            caption={t('fees.run.previewCaption', { year: preview.year })}
            stacked
            rows={preview.lines}
            rowKey={(line) => line.organisation.id}
            columns={[
              { id: 'member', header: t('fees.run.member'), rowHeader: true, cell: (line) => line.organisation.name },
              {
                id: 'status',
                header: t('fees.run.status'),
                cell: (line) => (
                  <>
                    {t(`fees.lineStatus.${line.status}`)}
                    {line.invoiceNumber ? ` (${line.invoiceNumber})` : ''}
                  </>
                ),
              },
              {
                id: 'amount',
                header: t('fees.run.amount'),
                kind: 'numeric',
                cell: (line) => (line.amountCents && line.amountCents !== '0' ? format.euros(line.amountCents) : '–'),
              },
              {
                id: 'explanation',
                header: t('fees.run.explanation'),
                cell: (line) => (line.explanation ? words.explain(line.explanation) : line.message),
              },
            ]}
          />
          {canManage && preview.toCreate > 0 && preview.errors.length === 0 && (
            <p className="kern-body">
              <button type="button" className="kern-btn kern-btn--primary" onClick={() => setConfirming(true)}>
                <span className="kern-label">{t('fees.run.execute', { year: preview.year })}</span>
              </button>
            </p>
          )}
          {preview.toCreate === 0 && preview.errors.length === 0 && (
            <p className="kern-body">{t('fees.run.nothing', { year: preview.year })}</p>
          )}
        </>
      )}
      {confirming && preview && (
        <ConfirmDialog
          title={t('fees.run.confirmTitle', { year: preview.year })}
          message={t('fees.run.confirmMessage', { count: preview.toCreate, total: format.euros(preview.totalCents) })}
          confirmLabel={t('fees.run.confirm')}
          busy={running}
          onConfirm={() => void execute()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
