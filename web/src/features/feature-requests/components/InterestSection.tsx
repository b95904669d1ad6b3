import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeclareInterestDocument, WithdrawInterestDocument, type InterestKind } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { centsToDecimal, parseEuroToCents } from '../../../shared/money';
import { ConfirmDialog } from '../../shell/components/ConfirmDialog';
import { Form } from '../../shell/components/Form';
import { OutcomeAlert } from '../../shell/components/OutcomeAlert';
import { DataTable } from '../../shell/components/DataTable';
import { cellClassName } from '../../shell/components/data-table';
import { TextField } from '../../shell/components/TextField';
import { useConfirmedAction } from '../../shell/hooks/useConfirmedAction';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { interestKinds } from '../hooks/useRequestWords';
import { requestRefetch, type Request } from '../request-page';

interface InterestSectionProps {
  request: Request;
  /** The organisations the viewer represents in the partnership. */
  represented: Array<{ id: string; name: string }>;
  canDeclare: boolean;
}

/** Who is in (support, will use, will co-fund up to an amount) and the sum of the co-funding intents. */
export function InterestSection({ request, represented, canDeclare }: InterestSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="request-interest" className="portal-section">
      <h2 id="request-interest" className="kern-heading-medium">
        {t('requests.interest.heading')}
      </h2>
      <p className="kern-body">
        {t('requests.interest.summary', { count: request.interest.length })}{' '}
        {t('requests.interest.total', { amount: format.euros(request.coFundingTotalCents) })}
      </p>
      {request.interest.length > 0 && (
        <DataTable
          caption={t('requests.interest.caption', { count: request.interest.length })}
          rows={request.interest}
          rowKey={(declaration) => declaration.id}
          columns={[
            {
              id: 'organisation',
              header: t('requests.interest.organisation'),
              rowHeader: true,
              cell: (declaration) => declaration.organisation?.name ?? t('requests.interest.unknownOrganisation'),
            },
            {
              id: 'kind',
              header: t('requests.interest.kind'),
              cell: (declaration) => t(`requests.interestKind.${declaration.kind}`),
            },
            {
              id: 'upTo',
              header: t('requests.interest.upTo'),
              kind: 'numeric',
              cell: (declaration) => (declaration.coFundUpToCents ? format.euros(declaration.coFundUpToCents) : '–'),
            },
            { id: 'declaredAt', header: t('requests.interest.declaredAt'), cell: (d) => format.day(d.declaredAt) },
          ]}
          footer={
            <tr className="kern-table__row">
              <th scope="row" colSpan={2} className={cellClassName('text', true)}>
                {t('requests.interest.totalLabel')}
              </th>
              <td className={cellClassName('numeric')}>{format.euros(request.coFundingTotalCents)}</td>
              <td className={cellClassName()} />
            </tr>
          }
        />
      )}
      {canDeclare &&
        represented.map((organisation) => (
          <DeclareInterestForm
            key={organisation.id}
            request={request}
            organisation={organisation}
            current={request.interest.find((declaration) => declaration.organisation?.id === organisation.id)}
          />
        ))}
    </section>
  );
}

interface DeclareInterestFormProps {
  request: Request;
  organisation: { id: string; name: string };
  current?: Request['interest'][number];
}

function DeclareInterestForm({ request, organisation, current }: DeclareInterestFormProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const errors = useFormErrors();
  const id = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [kind, setKind] = useState<InterestKind>(current?.kind ?? 'SUPPORT');
  const [amount, setAmount] = useState(() =>
    current?.coFundUpToCents ? editable(current.coFundUpToCents, language) : '',
  );
  const [saved, setSaved] = useState<string | null>(null);
  const [declare, { loading }] = useMutation(DeclareInterestDocument, requestRefetch);
  const [withdraw] = useMutation(WithdrawInterestDocument, requestRefetch);
  const withdrawal = useConfirmedAction<string>(async () => {
    await withdraw({ variables: { input: { requestId: request.id, organisationId: organisation.id } } });
    setSaved(null);
    return t('requests.interest.withdrawn', { organisation: organisation.name });
  });

  const submit = async () => {
    const cents = kind === 'WILL_CO_FUND' ? parseEuroToCents(amount, language) : null;
    const valid = errors.check({
      coFundUpToCents:
        kind === 'WILL_CO_FUND' && (cents === null || cents === '0')
          ? [t('requests.interest.amountInvalid')]
          : undefined,
    });
    if (!valid) return;
    try {
      await declare({
        variables: { input: { requestId: request.id, organisationId: organisation.id, kind, coFundUpToCents: cents } },
      });
      setSaved(
        kind === 'WILL_CO_FUND' && cents
          ? t('requests.interest.savedAmount', {
              organisation: organisation.name,
              kind: t(`requests.interestKind.${kind}`),
              amount: format.euros(cents),
            })
          : t('requests.interest.saved', { organisation: organisation.name, kind: t(`requests.interestKind.${kind}`) }),
      );
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="request-panel">
      <h3 className="kern-heading-small">{t('requests.interest.formHeading', { organisation: organisation.name })}</h3>
      {saved && <OutcomeAlert outcome={{ ok: true, text: saved }} />}
      <OutcomeAlert outcome={withdrawal.outcome} />
      <p className="kern-body">
        {current
          ? t('requests.interest.current', { kind: t(`requests.interestKind.${current.kind}`) })
          : t('requests.interest.none')}
      </p>
      <Form errors={errors} onSubmit={submit}>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('requests.interest.legend', { organisation: organisation.name })}</legend>
          <div className="kern-fieldset__body">
            {interestKinds.map((value) => (
              <div className="kern-form-check" key={value}>
                <input
                  type="radio"
                  className="kern-form-check__radio"
                  id={`${id}-${value}`}
                  name={`${id}-kind`}
                  value={value}
                  checked={kind === value}
                  onChange={() => setKind(value)}
                />
                <label className="kern-label" htmlFor={`${id}-${value}`}>
                  {t(`requests.interestKind.${value}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {kind === 'WILL_CO_FUND' && (
          <TextField
            label={t('requests.interest.amount')}
            hint={t('requests.interest.amountHint')}
            name="coFundUpToCents"
            inputMode="decimal"
            required
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            errors={errors.fields.coFundUpToCents}
          />
        )}
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">
              {current ? t('requests.interest.change') : t('requests.interest.declare')}
            </span>
          </button>
          {current && (
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => withdrawal.ask(organisation.id)}
              disabled={withdrawal.busy}
            >
              <span className="kern-label">{t('requests.interest.withdraw')}</span>
            </button>
          )}
        </div>
      </Form>
      {withdrawal.pending && (
        <ConfirmDialog
          title={t('requests.interest.withdrawTitle')}
          message={t('requests.interest.withdrawMessage', { organisation: organisation.name, number: request.number })}
          confirmLabel={t('requests.interest.withdraw')}
          busy={withdrawal.busy}
          onConfirm={() => void withdrawal.confirm()}
          onCancel={withdrawal.cancel}
        />
      )}
    </div>
  );
}

/** A stored amount as the person would type it again: "5000,00" in German, "5000.00" in English. */
function editable(cents: string, language: string): string {
  const decimal = centsToDecimal(cents);
  return language.startsWith('de') ? decimal.replace('.', ',') : decimal;
}
