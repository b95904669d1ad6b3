import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  UpdateFeeScheduleDocument,
  type FeeProRata,
  type FeeRounding,
  type FeeScheduleQuery,
  type OrganisationKind,
} from '../../../generated/graphql';
import { parseEuroToCents } from '../../../shared/money';
import { Form } from '../../shell/components/Form';
import { SelectField } from '../../shell/components/SelectField';
import { TextField } from '../../shell/components/TextField';
import { useFormErrors } from '../../shell/hooks/useFormErrors';
import {
  basisPointsToPercent,
  centsToEuroInput,
  parseBound,
  parsePercentToBasisPoints,
  parseYear,
} from '../fee-values';

const kinds: OrganisationKind[] = [
  'MUNICIPALITY',
  'COUNTY',
  'STATE',
  'FEDERAL_AGENCY',
  'MUNICIPAL_COMPANY',
  'IT_SERVICE_PROVIDER',
  'ASSOCIATION',
  'UNIVERSITY',
];
const roundings: FeeRounding[] = ['CENT', 'EURO', 'TEN_EUROS', 'HUNDRED_EUROS'];
const proRatas: FeeProRata[] = ['MONTHS', 'NONE'];

interface TierDraft {
  key: number;
  label: string;
  kinds: OrganisationKind[];
  min: string;
  max: string;
  amount: string;
}

interface FeeScheduleFormProps {
  partnershipId: string;
  current: NonNullable<FeeScheduleQuery['feeSchedule']> | null;
  onDone: (saved: boolean) => void;
}

let nextKey = 1;

/** Edits the whole schedule at once; the server refuses overlapping tiers and keeps the old schedule then. */
export function FeeScheduleForm({ partnershipId, current, onDone }: FeeScheduleFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const errors = useFormErrors();
  const id = useId();
  const schedule = current?.schedule;
  const [baseYear, setBaseYear] = useState(String(schedule?.baseYear ?? new Date().getFullYear()));
  const [indexation, setIndexation] = useState(basisPointsToPercent(schedule?.indexationBasisPoints ?? 0, language));
  const [startYear, setStartYear] = useState(schedule?.indexationStartYear ? String(schedule.indexationStartYear) : '');
  const [rounding, setRounding] = useState<FeeRounding>(schedule?.rounding ?? 'CENT');
  const [proRata, setProRata] = useState<FeeProRata>(schedule?.proRata ?? 'MONTHS');
  const [dueDays, setDueDays] = useState(String(schedule?.dueDays ?? 30));
  const [tiers, setTiers] = useState<TierDraft[]>(() =>
    (current?.tiers ?? []).map((tier) => ({
      key: nextKey++,
      label: tier.label,
      kinds: [...tier.kinds],
      min: tier.minPopulation === null ? '' : String(tier.minPopulation),
      max: tier.maxPopulation === null ? '' : String(tier.maxPopulation),
      amount: centsToEuroInput(tier.amountCents, language),
    })),
  );
  const [save, { loading }] = useMutation(UpdateFeeScheduleDocument);

  const change = (key: number, patch: Partial<TierDraft>) =>
    setTiers((list) => list.map((tier) => (tier.key === key ? { ...tier, ...patch } : tier)));
  const addTier = () =>
    setTiers((list) => [...list, { key: nextKey++, label: '', kinds: ['MUNICIPALITY'], min: '', max: '', amount: '' }]);
  const removeTier = (key: number) => setTiers((list) => list.filter((tier) => tier.key !== key));

  const submit = async () => {
    const base = parseYear(baseYear);
    const basisPoints = parsePercentToBasisPoints(indexation);
    const start = startYear.trim() ? parseYear(startYear) : null;
    const due = /^\d{1,3}$/.test(dueDays.trim()) && Number(dueDays) <= 365 ? Number(dueDays) : null;
    const parsed = tiers.map((tier) => ({
      min: parseBound(tier.min),
      max: parseBound(tier.max),
      cents: tier.amount.trim() === '0' ? '0' : parseEuroToCents(tier.amount, language),
    }));
    const found: Record<string, string[] | undefined> = {
      baseYear: base === null ? [t('fees.schedule.yearInvalid')] : undefined,
      indexationBasisPoints:
        basisPoints === null || Math.abs(basisPoints) > 5000 ? [t('fees.schedule.indexationInvalid')] : undefined,
      indexationStartYear: startYear.trim() && start === null ? [t('fees.schedule.yearInvalid')] : undefined,
      dueDays: due === null ? [t('fees.schedule.dueDaysInvalid')] : undefined,
    };
    tiers.forEach((tier, i) => {
      found[`tiers[${i}][label]`] = tier.label.trim() ? undefined : [t('fees.schedule.labelMissing')];
      found[`tiers[${i}][kinds]`] = tier.kinds.length > 0 ? undefined : [t('fees.schedule.kindsMissing')];
      found[`tiers[${i}][minPopulation]`] = parsed[i].min === undefined ? [t('fees.schedule.boundInvalid')] : undefined;
      found[`tiers[${i}][maxPopulation]`] = parsed[i].max === undefined ? [t('fees.schedule.boundInvalid')] : undefined;
      found[`tiers[${i}][amountCents]`] = parsed[i].cents === null ? [t('fees.schedule.amountInvalid')] : undefined;
    });
    if (!errors.check(found) || base === null || basisPoints === null || due === null) return;
    try {
      await save({
        variables: {
          input: {
            partnershipId,
            baseYear: base,
            indexationBasisPoints: basisPoints,
            indexationStartYear: start,
            rounding,
            proRata,
            dueDays: due,
            tiers: tiers.map((tier, i) => ({
              label: tier.label.trim(),
              kinds: tier.kinds,
              minPopulation: parsed[i].min ?? null,
              maxPopulation: parsed[i].max ?? null,
              amountCents: parsed[i].cents ?? '0',
            })),
          },
        },
      });
      onDone(true);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div className="fees-panel">
      <h3 className="kern-heading-small">{t('fees.schedule.formHeading')}</h3>
      <Form errors={errors} onSubmit={submit}>
        <TextField
          label={t('fees.schedule.baseYearLabel')}
          name="baseYear"
          inputMode="numeric"
          required
          value={baseYear}
          onChange={(e) => setBaseYear(e.target.value)}
          errors={errors.fields.baseYear}
        />
        <TextField
          label={t('fees.schedule.indexationLabel')}
          hint={t('fees.schedule.indexationHint')}
          name="indexationBasisPoints"
          inputMode="decimal"
          value={indexation}
          onChange={(e) => setIndexation(e.target.value)}
          errors={errors.fields.indexationBasisPoints}
        />
        <TextField
          label={t('fees.schedule.startYearLabel')}
          hint={t('fees.schedule.startYearHint')}
          name="indexationStartYear"
          inputMode="numeric"
          value={startYear}
          onChange={(e) => setStartYear(e.target.value)}
          errors={errors.fields.indexationStartYear}
        />
        <SelectField
          label={t('fees.schedule.roundingLabel')}
          name="rounding"
          value={rounding}
          onChange={(e) => setRounding(e.target.value as FeeRounding)}
          errors={errors.fields.rounding}
        >
          {roundings.map((value) => (
            <option key={value} value={value}>
              {t(`fees.rounding.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('fees.schedule.proRataLabel')}
          name="proRata"
          value={proRata}
          onChange={(e) => setProRata(e.target.value as FeeProRata)}
          errors={errors.fields.proRata}
        >
          {proRatas.map((value) => (
            <option key={value} value={value}>
              {t(`fees.proRata.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('fees.schedule.dueDaysLabel')}
          name="dueDays"
          inputMode="numeric"
          value={dueDays}
          onChange={(e) => setDueDays(e.target.value)}
          errors={errors.fields.dueDays}
        />
        {errors.fields.tiers && (
          <p className="kern-body kern-body--bold" lang={errors.lang}>
            {errors.fields.tiers.join(' ')}
          </p>
        )}
        {tiers.map((tier, i) => (
          <fieldset className="kern-fieldset fees-tier" key={tier.key}>
            <legend className="kern-label">{t('fees.schedule.tierLegend', { number: i + 1 })}</legend>
            <div className="kern-fieldset__body">
              {errors.fields[`tiers[${i}]`] && (
                <p className="kern-body kern-body--bold" lang={errors.lang}>
                  {errors.fields[`tiers[${i}]`]?.join(' ')}
                </p>
              )}
              <TextField
                label={t('fees.schedule.tierLabel')}
                name={`tiers[${i}][label]`}
                value={tier.label}
                onChange={(e) => change(tier.key, { label: e.target.value })}
                errors={errors.fields[`tiers[${i}][label]`]}
              />
              <fieldset className="kern-fieldset">
                <legend className="kern-label">{t('fees.schedule.tierKinds')}</legend>
                <div className="kern-fieldset__body fees-kinds">
                  {kinds.map((kind) => (
                    <div className="kern-form-check" key={kind}>
                      <input
                        type="checkbox"
                        className="kern-form-check__checkbox"
                        id={`${id}-${tier.key}-${kind}`}
                        checked={tier.kinds.includes(kind)}
                        aria-invalid={errors.fields[`tiers[${i}][kinds]`] ? true : undefined}
                        onChange={(e) =>
                          change(tier.key, {
                            kinds: e.target.checked ? [...tier.kinds, kind] : tier.kinds.filter((k) => k !== kind),
                          })
                        }
                      />
                      <label className="kern-label" htmlFor={`${id}-${tier.key}-${kind}`}>
                        {t(`organisationKind.${kind}`)}
                      </label>
                    </div>
                  ))}
                </div>
                {errors.fields[`tiers[${i}][kinds]`] && (
                  <p className="kern-body kern-body--bold">{errors.fields[`tiers[${i}][kinds]`]?.join(' ')}</p>
                )}
              </fieldset>
              <TextField
                label={t('fees.schedule.minLabel')}
                hint={t('fees.schedule.boundHint')}
                name={`tiers[${i}][minPopulation]`}
                inputMode="numeric"
                value={tier.min}
                onChange={(e) => change(tier.key, { min: e.target.value })}
                errors={errors.fields[`tiers[${i}][minPopulation]`]}
              />
              <TextField
                label={t('fees.schedule.maxLabel')}
                hint={t('fees.schedule.boundHint')}
                name={`tiers[${i}][maxPopulation]`}
                inputMode="numeric"
                value={tier.max}
                onChange={(e) => change(tier.key, { max: e.target.value })}
                errors={errors.fields[`tiers[${i}][maxPopulation]`]}
              />
              <TextField
                label={t('fees.schedule.amountLabel')}
                hint={t('fees.schedule.amountHint')}
                name={`tiers[${i}][amountCents]`}
                inputMode="decimal"
                value={tier.amount}
                onChange={(e) => change(tier.key, { amount: e.target.value })}
                errors={errors.fields[`tiers[${i}][amountCents]`]}
              />
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => removeTier(tier.key)}>
                <span className="kern-label">{t('fees.schedule.removeTierNamed', { number: i + 1 })}</span>
              </button>
            </div>
          </fieldset>
        ))}
        <p className="kern-body">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={addTier}>
            <span className="kern-label">{t('fees.schedule.addTier')}</span>
          </button>
        </p>
        <div className="portal-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
            <span className="kern-label">{t('fees.schedule.save')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => onDone(false)}>
            <span className="kern-label">{t('fees.schedule.cancel')}</span>
          </button>
        </div>
      </Form>
    </div>
  );
}
