import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { describeProblem } from '../../../app/graphql-errors';
import {
  CostAgreementCandidatesDocument,
  CostAgreementsDocument,
  CreateCostAgreementDocument,
  PreviewCostSplitDocument,
  type CostAgreementCandidatesQuery,
  type CostParticipantInput,
  type CostSplitMethod,
  type InterestKind,
} from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { parseEuroToCents } from '../../../shared/money';
import { BackLink } from '../../partnerships/components/BackLink';
import { PartnershipProblem } from '../../partnerships/components/PartnershipProblem';
import { CheckboxField } from '../../shell/components/CheckboxField';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { Form } from '../../shell/components/Form';
import { LoadingState } from '../../shell/components/LoadingState';
import { SelectField } from '../../shell/components/SelectField';
import { TextField } from '../../shell/components/TextField';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import { splitMethods } from '../hooks/agreementShared';
import { useAgreementsPartnership, type AgreementsPartnership } from '../hooks/useAgreementsPartnership';
import { SharesTable } from './SharesTable';
import '../agreements.css';

type Candidate = CostAgreementCandidatesQuery['costAgreementCandidates'][number];
interface ParticipantState {
  included: boolean;
  value: string;
}

export function NewAgreementPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useAgreementsPartnership(slug);
  if (data) return <NewAgreement partnership={data.partnership} />;
  if (error) return <PartnershipProblem error={error} slug={slug} onRetry={() => void refetch()} />;
  return loading ? <LoadingState /> : null;
}

function NewAgreement({ partnership }: { partnership: AgreementsPartnership }) {
  const { t } = useTranslation();
  useDocumentTitle(t('agreements.create.documentTitle', { name: partnership.name }));
  const { data, loading, error, refetch } = useQuery(CostAgreementCandidatesDocument, {
    variables: { partnershipId: partnership.id },
    fetchPolicy: 'cache-and-network',
  });
  const base = `/p/${partnership.slug}/finanzen/vereinbarungen`;
  return (
    <>
      <BackLink partnership={partnership} />
      <p className="portal-back">
        <Link to={base} className="kern-link">
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {t('agreements.backToList')}
        </Link>
      </p>
      <h1 className="kern-heading-large">
        {t('agreements.create.title')}
        <span className="portal-heading-context">{partnership.name}</span>
      </h1>
      <p className="kern-body kern-body--large portal-lead">{t('agreements.create.intro')}</p>
      {!partnership.viewerPermissions.includes('FINANCE_MANAGE') ? (
        <p className="kern-body">{t('agreements.create.notAllowed')}</p>
      ) : error && !data ? (
        <ErrorAlert message={t('common.loadError')} onRetry={() => void refetch()} />
      ) : !data ? (
        loading ? (
          <LoadingState />
        ) : null
      ) : data.costAgreementCandidates.length === 0 ? (
        <p className="kern-body">{t('agreements.create.noCandidates')}</p>
      ) : (
        <AgreementForm partnership={partnership} candidates={data.costAgreementCandidates} />
      )}
    </>
  );
}

function AgreementForm({ partnership, candidates }: { partnership: AgreementsPartnership; candidates: Candidate[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const navigate = useNavigate();
  const errors = useFormErrors();
  const [params] = useSearchParams();
  const [requestId, setRequestId] = useState(
    () => candidates.find((c) => c.request.id === params.get('anliegen'))?.request.id ?? candidates[0].request.id,
  );
  const candidate = candidates.find((c) => c.request.id === requestId) ?? candidates[0];
  const [method, setMethod] = useState<CostSplitMethod>('EQUAL');
  const [totalText, setTotalText] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [participants, setParticipants] = useState<Record<string, ParticipantState>>({});

  // Those who declared interest first (co-funders, will use, support), then the other members by name.
  const members = useMemo(() => {
    const interested = candidate.participants.map((p) => ({
      id: p.organisation.id,
      name: p.organisation.name,
      interest: p.interest as InterestKind | null,
    }));
    const known = new Set(interested.map((p) => p.id));
    const others = partnership.members
      .map((m) => ({ id: m.organisation.id, name: m.organisation.name, interest: null as InterestKind | null }))
      .filter((m) => !known.has(m.id))
      .sort((a, b) => a.name.localeCompare(b.name, language));
    return [...interested, ...others];
  }, [candidate, partnership.members, language]);

  useEffect(() => {
    setTotalText(candidate.totalCents ? format.euros(candidate.totalCents) : '');
    const interested = new Set(candidate.participants.map((p) => p.organisation.id));
    setParticipants(Object.fromEntries(members.map((m) => [m.id, { included: interested.has(m.id), value: '' }])));
    // Only a change of request resets the participants; the members list follows from it.
  }, [candidate.request.id]);

  const totalCents = parseEuroToCents(totalText, language);
  const chosen = members.filter((m) => participants[m.id]?.included);
  const valueFor = (id: string): Partial<CostParticipantInput> | null => {
    const text = participants[id]?.value ?? '';
    if (method === 'WEIGHTS') return /^[1-9]\d{0,8}$/.test(text.trim()) ? { weight: Number(text.trim()) } : null;
    if (method === 'PERCENTAGES') {
      const bp = parseEuroToCents(text, language);
      return bp && bp !== '0' && bp.length <= 5 ? { weight: Number(bp) } : null;
    }
    if (method === 'FIXED') {
      const cents = parseEuroToCents(text, language);
      return cents && cents !== '0' ? { amountCents: cents } : null;
    }
    return {};
  };
  const input = useMemo(() => {
    if (!totalCents || totalCents === '0' || chosen.length === 0) return null;
    const list: CostParticipantInput[] = [];
    for (const m of chosen) {
      const extra = valueFor(m.id);
      if (!extra) return null;
      list.push({ organisationId: m.id, ...extra });
    }
    return {
      partnershipId: partnership.id,
      featureRequestId: candidate.request.id,
      totalCents,
      method,
      participants: list,
      year: method === 'FEE' ? Number(year) : undefined,
    };
    // valueFor reads participants, method and language, all listed.
  }, [
    totalCents,
    chosen.map((m) => m.id).join(),
    participants,
    method,
    year,
    language,
    candidate.request.id,
    partnership.id,
  ]);

  const preview = useQuery(PreviewCostSplitDocument, {
    variables: { input: input! },
    skip: !input,
    fetchPolicy: 'network-only',
  });
  const shown = input ? (preview.data ?? preview.previousData) : undefined;
  const previewProblem = preview.error ? describeProblem(preview.error, t('form.networkError')) : null;
  const [create, { loading: saving }] = useMutation(CreateCostAgreementDocument, {
    refetchQueries: [CostAgreementsDocument, CostAgreementCandidatesDocument],
  });

  const set = (id: string, change: Partial<ParticipantState>) =>
    setParticipants((current) => ({
      ...current,
      [id]: { ...(current[id] ?? { included: false, value: '' }), ...change },
    }));
  const submit = async () => {
    const found: Record<string, string[]> = {};
    if (!totalCents || totalCents === '0') found.totalCents = [t('agreements.create.totalInvalid')];
    if (chosen.length === 0) found.participants = [t('agreements.create.noParticipants')];
    else if (!input) found.participants = [t(`agreements.create.valueMissing.${method}`)];
    if (!errors.check(found) || !input) return;
    try {
      const result = await create({ variables: { input } });
      if (result.data)
        navigate(`/p/${partnership.slug}/finanzen/vereinbarungen/${result.data.createCostAgreement.id}`, {
          state: { created: true },
        });
    } catch (error) {
      errors.fail(error);
    }
  };

  const valueLabel = (name: string) => t(`agreements.create.valueLabel.${method}`, { name });
  return (
    <Form errors={errors} onSubmit={submit}>
      <SelectField
        label={t('agreements.create.request')}
        name="request"
        value={requestId}
        onChange={(event) => setRequestId(event.target.value)}
      >
        {candidates.map((c) => (
          <option key={c.request.id} value={c.request.id} lang="de">
            #{c.request.number} {c.request.title}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('agreements.create.total')}
        hint={
          candidate.totalCents
            ? t('agreements.create.totalHint', { offer: format.euros(candidate.totalCents) })
            : t('agreements.create.totalHintNone')
        }
        name="totalCents"
        inputMode="decimal"
        value={totalText}
        onChange={(event) => setTotalText(event.target.value)}
        errors={errors.fields.totalCents}
      />
      <SelectField
        label={t('agreements.create.method')}
        hint={t(`agreements.methodHint.${method}`)}
        name="method"
        value={method}
        onChange={(event) => setMethod(event.target.value as CostSplitMethod)}
        errors={errors.fields.method}
      >
        {splitMethods.map((m) => (
          <option key={m} value={m}>
            {t(`agreements.method.${m}`)}
          </option>
        ))}
      </SelectField>
      {method === 'FEE' && (
        <TextField
          label={t('agreements.create.year')}
          name="year"
          inputMode="numeric"
          value={year}
          onChange={(event) => setYear(event.target.value)}
          errors={errors.fields.year}
        />
      )}
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('agreements.create.participants')}</legend>
        <div className="kern-fieldset__body">
          <p className="kern-body kern-body--muted">{t('agreements.create.participantsHint')}</p>
          {members.map((m) => (
            <div className="agreement-participant" key={m.id}>
              <CheckboxField
                label={
                  m.interest
                    ? t('agreements.create.memberWithInterest', {
                        name: m.name,
                        interest: t(`agreements.interest.${m.interest}`),
                      })
                    : m.name
                }
                checked={participants[m.id]?.included ?? false}
                onChange={(event) => set(m.id, { included: event.target.checked })}
              />
              {(method === 'WEIGHTS' || method === 'PERCENTAGES' || method === 'FIXED') &&
                participants[m.id]?.included && (
                  <TextField
                    label={valueLabel(m.name)}
                    inputMode="decimal"
                    value={participants[m.id]?.value ?? ''}
                    onChange={(event) => set(m.id, { value: event.target.value })}
                  />
                )}
            </div>
          ))}
          {errors.fields.participants && <ErrorAlert message={errors.fields.participants.join(' ')} />}
        </div>
      </fieldset>

      <section aria-labelledby="agreement-preview" className="portal-section">
        <h2 id="agreement-preview" className="kern-heading-medium">
          {t('agreements.create.previewHeading')}
        </h2>
        <p className="kern-body">{t('agreements.explanation')}</p>
        {!input && <p className="kern-body">{t('agreements.create.previewIncomplete')}</p>}
        {input && previewProblem && (
          <ErrorAlert
            message={[previewProblem.message, ...Object.values(previewProblem.fields).flat()].filter(Boolean).join(' ')}
            lang={previewProblem.lang}
          />
        )}
        {input && !previewProblem && shown && (
          <div aria-busy={preview.loading || undefined}>
            <SharesTable
              caption={t('agreements.create.previewCaption', {
                method: t(`agreements.method.${shown.previewCostSplit.method}`),
              })}
              shares={shown.previewCostSplit.shares}
              totalCents={shown.previewCostSplit.totalCents}
            />
          </div>
        )}
      </section>
      <div className="portal-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={saving}>
          <span className="kern-label">{t('agreements.create.submit')}</span>
        </button>
      </div>
    </Form>
  );
}
