import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DeclineCostContractDocument,
  ResplitCostAgreementDocument,
  type CostParticipantInput,
  type CostSplitMethod,
} from '../../../generated/graphql';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { Form } from '../../shell/components/Form';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { SelectField } from '../../shell/components/SelectField';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import type { AgreementsPartnership } from '../hooks/useAgreementsPartnership';
import { agreementRefetch, splitMethods, type Agreement } from '../hooks/agreementShared';
import { useDraft } from '../../shell/hooks/useDraft';

/** The representative declines its organisation's contract, saying why. */
export function DeclineContract({
  contract,
  onDone,
}: {
  contract: Agreement['contracts'][number];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [reason, setReason] = useDraft(`decline.${contract.id}.reason`, '');
  const [decline, { loading }] = useMutation(DeclineCostContractDocument, agreementRefetch);
  const submit = async () => {
    if (!errors.check({ reason: reason.trim() ? [] : [t('agreements.decline.reasonMissing')] })) return;
    try {
      await decline({ variables: { input: { id: contract.id, reason: reason.trim() } } });
      onDone();
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <div className="agreement-panel">
      <h3 className="kern-heading-small">{t('agreements.decline.heading', { name: contract.organisation.name })}</h3>
      <Form errors={errors} onSubmit={submit}>
        <TextAreaField
          label={t('agreements.decline.reason')}
          name="reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          errors={errors.fields.reason}
          rows={3}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('agreements.decline.submit')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onDone}>
            <span className="kern-label">{t('agreements.decline.cancel')}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}

/** The treasurer splits again: by default among the current participants who did not decline, same method. */
export function ResplitPanel({
  agreement,
  declined,
  members,
}: {
  agreement: Agreement;
  declined: boolean;
  members: AgreementsPartnership['members'];
}) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const currentMethod = agreement.versions.find((v) => v.version === agreement.currentVersion)?.method ?? 'EQUAL';
  const declinedIds = new Set(agreement.contracts.filter((c) => c.status === 'DECLINED').map((c) => c.organisation.id));
  const defaults = agreement.shares.filter((s) => !declinedIds.has(s.organisation.id)).map((s) => s.organisation.id);
  const [method, setMethod] = useState<CostSplitMethod>(currentMethod);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(defaults));
  const [reason, setReason] = useDraft('resplit.reason', '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [resplit, { loading }] = useMutation(ResplitCostAgreementDocument, agreementRefetch);
  const names = new Map([
    ...members.map((m) => [m.organisation.id, m.organisation.name] as const),
    ...agreement.shares.map((s) => [s.organisation.id, s.organisation.name] as const),
  ]);
  const candidates = [
    ...new Set([...agreement.shares.map((s) => s.organisation.id), ...members.map((m) => m.organisation.id)]),
  ];
  const unchanged =
    method === currentMethod && chosen.size === defaults.length && defaults.every((id) => chosen.has(id));

  const submit = async () => {
    if (
      !errors.check({
        reason: reason.trim() ? [] : [t('agreements.resplit.reasonMissing')],
        participants: chosen.size ? [] : [t('agreements.create.noParticipants')],
      })
    )
      return;
    // Unchanged participants keep their weights or amounts on the server; a changed list reuses the known weights.
    const basis = new Map(agreement.shares.map((s) => [s.organisation.id, s.basis]));
    const participants: CostParticipantInput[] | undefined = unchanged
      ? undefined
      : [...chosen].map((organisationId) => ({
          organisationId,
          ...(method === currentMethod &&
          (method === 'WEIGHTS' || method === 'PERCENTAGES') &&
          basis.has(organisationId)
            ? { weight: Number(basis.get(organisationId)) }
            : {}),
          ...(method === currentMethod && method === 'FIXED' && basis.has(organisationId)
            ? { amountCents: basis.get(organisationId) }
            : {}),
        }));
    try {
      await resplit({ variables: { input: { id: agreement.id, method, participants, reason: reason.trim() } } });
      setOutcome({ ok: true, text: t('agreements.resplit.done', { version: agreement.currentVersion + 1 }) });
      setReason('');
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="agreement-resplit" className="portal-section">
      <h2 id="agreement-resplit" className="kern-heading-medium">
        {t('agreements.resplit.heading')}
      </h2>
      <p className="kern-body">{declined ? t('agreements.resplit.introDeclined') : t('agreements.resplit.intro')}</p>
      <OutcomeAlert outcome={outcome} />
      <Form errors={errors} onSubmit={submit}>
        <SelectField
          label={t('agreements.create.method')}
          name="resplitMethod"
          value={method}
          onChange={(event) => setMethod(event.target.value as CostSplitMethod)}
        >
          {splitMethods.map((m) => (
            <option key={m} value={m}>
              {t(`agreements.method.${m}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('agreements.create.participants')}</legend>
          <div className="kern-fieldset__body">
            {candidates.map((id) => (
              <CheckboxField
                key={id}
                label={
                  declinedIds.has(id)
                    ? t('agreements.resplit.declinedMember', { name: names.get(id) ?? id })
                    : (names.get(id) ?? id)
                }
                checked={chosen.has(id)}
                onChange={(event) =>
                  setChosen((current) => {
                    const next = new Set(current);
                    if (event.target.checked) next.add(id);
                    else next.delete(id);
                    return next;
                  })
                }
              />
            ))}
            {errors.fields.participants && (
              <p className="kern-body kern-body--muted">{errors.fields.participants.join(' ')}</p>
            )}
          </div>
        </fieldset>
        <TextAreaField
          label={t('agreements.resplit.reason')}
          name="resplitReason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          errors={errors.fields.reason}
          rows={2}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('agreements.resplit.submit')}</span>
          </button>
        </div>
      </Form>
    </section>
  );
}
