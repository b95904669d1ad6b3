import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordAssessmentDocument, RecordEstimateDocument } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { centsToDecimal, parseEuroToCents } from '../../../shared/money';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { FactList, type Fact } from '../../shell/components/FactList';
import { Form } from '../../shell/components/Form';
import { OutcomeAlert, type Outcome } from '../../shell/components/OutcomeAlert';
import { SelectField } from '../../shell/components/SelectField';
import { TextAreaField } from '../../shell/components/TextAreaField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { contentLanguage, requestRefetch, type Request, type RequestPartnership } from '../request-page';
import { Markdown } from './Markdown';
import { useDraft } from '../../shell/hooks/useDraft';

interface AssessRequestProps {
  request: Request;
  partnership: RequestPartnership;
  canAssess: boolean;
}

/** The product owner's assessment and the estimate or offer, for everyone to read; forms for the product owner. */
export function AssessRequest({ request, partnership, canAssess }: AssessRequestProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { assessment, estimate } = request;
  const days = (value: string) =>
    new Intl.NumberFormat(i18n.resolvedLanguage ?? i18n.language, { maximumFractionDigits: 1 }).format(Number(value));

  const assessmentFacts: Fact[] = assessment
    ? [
        [t('requests.assessment.feasible'), assessment.feasible ? t('requests.yes') : t('requests.no')],
        [t('requests.assessment.coreCapable'), assessment.coreCapable ? t('requests.yes') : t('requests.no')],
        [
          t('requests.assessment.by'),
          `${assessment.assessedBy?.displayName ?? t('requests.unknownPerson')}, ${format.dateTime(assessment.assessedAt)}`,
        ],
      ]
    : [];
  const estimateFacts: Fact[] = estimate
    ? [
        [
          t('requests.estimate.effort'),
          t('requests.estimate.personDays', {
            count: Number(estimate.effortPersonDays),
            days: days(estimate.effortPersonDays),
          }),
        ],
        [t('requests.estimate.amount'), format.euros(estimate.amountCents)],
        [t('requests.estimate.provider'), estimate.provider?.name ?? t('common.notSpecified')],
        [t('requests.estimate.at'), format.dateTime(estimate.estimatedAt)],
      ]
    : [];

  return (
    <section aria-labelledby="request-assessment" className="portal-section">
      <h2 id="request-assessment" className="kern-heading-medium">
        {t('requests.assessment.heading')}
      </h2>
      {assessment ? (
        <>
          <FactList facts={assessmentFacts} />
          {assessment.notes.trim() && <Markdown text={assessment.notes} lang={contentLanguage} />}
        </>
      ) : (
        <p className="kern-body">{t('requests.assessment.none')}</p>
      )}
      {estimate ? (
        <>
          <h3 className="kern-heading-small">{t('requests.estimate.heading')}</h3>
          <FactList facts={estimateFacts} />
          {estimate.offerDocumentUrl && (
            <p className="kern-body">
              <a href={estimate.offerDocumentUrl} className="kern-link" rel="noopener noreferrer">
                {t('requests.estimate.offerDocument')}
              </a>
            </p>
          )}
        </>
      ) : (
        <p className="kern-body">{t('requests.estimate.none')}</p>
      )}
      {canAssess && (
        <>
          <AssessmentForm request={request} />
          <EstimateForm request={request} partnership={partnership} />
        </>
      )}
    </section>
  );
}

function AssessmentForm({ request }: { request: Request }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [feasible, setFeasible] = useState(request.assessment?.feasible ?? true);
  const [coreCapable, setCoreCapable] = useState(request.assessment?.coreCapable ?? false);
  const [notes, setNotes] = useDraft('assessment.notes', request.assessment?.notes ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [record, { loading }] = useMutation(RecordAssessmentDocument, requestRefetch);
  const submit = async () => {
    errors.clear();
    try {
      await record({ variables: { input: { requestId: request.id, feasible, coreCapable, notes: notes.trim() } } });
      setOutcome({ ok: true, text: t('requests.assessment.saved') });
    } catch (error) {
      errors.fail(error);
    }
  };
  return (
    <div className="request-panel">
      <h3 className="kern-heading-small">{t('requests.assessment.formHeading')}</h3>
      <OutcomeAlert outcome={outcome} />
      <Form errors={errors} onSubmit={submit}>
        <CheckboxField
          label={t('requests.assessment.feasibleLabel')}
          name="feasible"
          checked={feasible}
          onChange={(event) => setFeasible(event.target.checked)}
          errors={errors.fields.feasible}
        />
        <CheckboxField
          label={t('requests.assessment.coreCapableLabel')}
          hint={t('requests.assessment.coreCapableHint')}
          name="coreCapable"
          checked={coreCapable}
          onChange={(event) => setCoreCapable(event.target.checked)}
          errors={errors.fields.coreCapable}
        />
        <TextAreaField
          label={t('requests.assessment.notes')}
          hint={t('requests.markdownHint')}
          name="notes"
          rows={4}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          errors={errors.fields.notes}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('requests.assessment.submit')}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}

/** Person-days as the API wants them: a decimal with at most one decimal place, typed with comma or point. */
function parsePersonDays(input: string): string | null {
  const match = /^(\d+)(?:[.,](\d))?$/.exec(input.trim());
  if (!match) return null;
  return match[2] ? `${match[1]}.${match[2]}` : (match[1] ?? null);
}

function EstimateForm({ request, partnership }: { request: Request; partnership: RequestPartnership }) {
  const { t, i18n } = useTranslation();
  const errors = useFormErrors();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const german = language.startsWith('de');
  const { estimate } = request;
  const [effort, setEffort] = useState(() =>
    estimate ? (german ? estimate.effortPersonDays.replace('.', ',') : estimate.effortPersonDays) : '',
  );
  const [amount, setAmount] = useState(() =>
    estimate
      ? german
        ? centsToDecimal(estimate.amountCents).replace('.', ',')
        : centsToDecimal(estimate.amountCents)
      : '',
  );
  const [providerId, setProviderId] = useState(estimate?.provider?.id ?? '');
  const [offerUrl, setOfferUrl] = useState(estimate?.offerDocumentUrl ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [record, { loading }] = useMutation(RecordEstimateDocument, requestRefetch);
  const organisations = partnership.members
    .map((member) => member.organisation)
    .sort((a, b) => a.name.localeCompare(b.name, language));

  const submit = async () => {
    const days = parsePersonDays(effort);
    const cents = parseEuroToCents(amount, language);
    const url = offerUrl.trim();
    const valid = errors.check({
      effortPersonDays: days === null ? [t('requests.estimate.effortInvalid')] : undefined,
      amountCents: cents === null ? [t('requests.estimate.amountInvalid')] : undefined,
      offerDocumentUrl: url && !/^https?:\/\/\S+$/i.test(url) ? [t('requests.estimate.urlInvalid')] : undefined,
    });
    if (!valid || days === null || cents === null) return;
    try {
      await record({
        variables: {
          input: {
            requestId: request.id,
            effortPersonDays: days,
            amountCents: cents,
            providerOrganisationId: providerId || null,
            offerDocumentUrl: url || null,
          },
        },
      });
      setOutcome({ ok: true, text: t('requests.estimate.saved') });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="request-panel">
      <h3 className="kern-heading-small">{t('requests.estimate.formHeading')}</h3>
      <OutcomeAlert outcome={outcome} />
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('requests.estimate.effortLabel')}
          hint={t('requests.estimate.effortHint')}
          name="effortPersonDays"
          inputMode="decimal"
          required
          value={effort}
          onChange={(event) => setEffort(event.target.value)}
          errors={errors.fields.effortPersonDays}
        />
        <TextField
          label={t('requests.estimate.amountLabel')}
          hint={t('requests.estimate.amountHint')}
          name="amountCents"
          inputMode="decimal"
          required
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          errors={errors.fields.amountCents}
        />
        <SelectField
          label={t('requests.estimate.providerLabel')}
          name="providerOrganisationId"
          value={providerId}
          onChange={(event) => setProviderId(event.target.value)}
          errors={errors.fields.providerOrganisationId}
        >
          <option value="">{t('requests.estimate.noProvider')}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('requests.estimate.offerLabel')}
          hint={t('requests.estimate.offerHint')}
          name="offerDocumentUrl"
          type="url"
          value={offerUrl}
          onChange={(event) => setOfferUrl(event.target.value)}
          errors={errors.fields.offerDocumentUrl}
        />
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('requests.estimate.submit')}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}
