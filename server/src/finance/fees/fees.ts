/**
 * The fee schedule (Beitragsordnung) as pure rules: which tier a member falls into, the indexed annual fee in
 * exact integer arithmetic, the rounding rule, and the pro-rata share of the joining year. No I/O, no floats.
 *
 * Stated choices (the issue leaves them open):
 * - A tier's population bounds are inclusive; a missing bound is open. A member whose population is unknown
 *   only matches a tier without bounds (e.g. "state bodies: 10,000 EUR").
 * - Indexation compounds once for every year after the base year that is also on or after the start year:
 *   base 2026, start 2027, +3 %: 2026 ×1, 2027 ×1.03, 2028 ×1.03². Years before the base year use the base.
 * - The indexed fee is rounded once, half-up (ties away from zero), to the rule's unit: cent, euro, 10 or 100 EUR.
 * - Pro-rata (MONTHS): a member that joined in the fee year pays the full months left including the joining
 *   month (joined in March: 10/12), of the rounded annual fee, rounded half-up to the cent. NONE: full fee.
 * - A tier of 0 cents exempts its kinds (e.g. the coordinating IT provider): no invoice is written.
 */

import { list, type MessageRef, msg } from '../../common/i18n/messages';

export type FeeRounding = 'CENT' | 'EURO' | 'TEN_EUROS' | 'HUNDRED_EUROS';
export const feeRoundings: readonly FeeRounding[] = ['CENT', 'EURO', 'TEN_EUROS', 'HUNDRED_EUROS'];
export type FeeProRata = 'NONE' | 'MONTHS';
export const feeProRatas: readonly FeeProRata[] = ['NONE', 'MONTHS'];

const unitCents: Record<FeeRounding, bigint> = { CENT: 1n, EURO: 100n, TEN_EUROS: 1_000n, HUNDRED_EUROS: 10_000n };

export interface FeeTierRule {
  /** Stable key of the tier within its schedule (its id, or its position while editing). */
  key: string;
  label: string;
  kinds: readonly string[];
  minPopulation: number | null;
  maxPopulation: number | null;
  amountCents: bigint;
}

export interface FeeScheduleRule {
  baseYear: number;
  /** Per year, in basis points: 300 = +3 %. */
  indexationBasisPoints: number;
  /** Null: never indexed. */
  indexationStartYear: number | null;
  rounding: FeeRounding;
  proRata: FeeProRata;
  tiers: readonly FeeTierRule[];
}

export interface FeeMember {
  organisationId: string;
  name: string;
  kind: string;
  population: number | null;
  /** YYYY-MM-DD or null (a member since before records began). */
  joinedOn: string | null;
  leftOn: string | null;
}

export interface FeeExplanation {
  tierKey: string;
  tierLabel: string;
  baseCents: bigint;
  indexationBasisPoints: number;
  indexationYears: number;
  /** (1 + bp/10000)^years as an exact decimal, e.g. "1.0609". */
  indexationFactor: string;
  rounding: FeeRounding;
  /** The rounded annual fee. */
  annualCents: bigint;
  /** Months of the year the member pays for: 12 unless it joined in the year and pro-rata applies. */
  months: number;
  amountCents: bigint;
  population: number | null;
  kind: string;
}

/** The explanation as stored with an invoice (JSON has no bigint: cents as decimal strings). */
export interface FeeExplanationRecord {
  tierLabel: string;
  baseCents: string;
  indexationBasisPoints: number;
  indexationYears: number;
  indexationFactor: string;
  rounding: FeeRounding;
  annualCents: string;
  months: number;
  kind: string;
  population: number | null;
}

export function explanationRecord(e: FeeExplanation): FeeExplanationRecord {
  return {
    tierLabel: e.tierLabel,
    baseCents: e.baseCents.toString(),
    indexationBasisPoints: e.indexationBasisPoints,
    indexationYears: e.indexationYears,
    indexationFactor: e.indexationFactor,
    rounding: e.rounding,
    annualCents: e.annualCents.toString(),
    months: e.months,
    kind: e.kind,
    population: e.population,
  };
}

export type FeeOutcome =
  | { kind: 'FEE'; amountCents: bigint; explanation: FeeExplanation }
  | { kind: 'EXEMPT'; explanation: FeeExplanation }
  | { kind: 'NOT_LIABLE'; reason: 'JOINS_LATER' | 'LEFT_BEFORE'; message: MessageRef }
  | { kind: 'NO_TIER'; message: MessageRef };

/** Inclusive bounds with null open; population unknown matches only an unbounded tier. */
export function tierMatches(tier: FeeTierRule, kind: string, population: number | null): boolean {
  if (!tier.kinds.includes(kind)) return false;
  if (population === null) return tier.minPopulation === null && tier.maxPopulation === null;
  if (tier.minPopulation !== null && population < tier.minPopulation) return false;
  if (tier.maxPopulation !== null && population > tier.maxPopulation) return false;
  return true;
}

/** The one matching tier (a valid schedule has at most one), or null. */
export function selectTier(tiers: readonly FeeTierRule[], kind: string, population: number | null): FeeTierRule | null {
  return tiers.find((tier) => tierMatches(tier, kind, population)) ?? null;
}

/** How many times the yearly indexation compounds by the given year. */
export function indexationYears(
  schedule: Pick<FeeScheduleRule, 'baseYear' | 'indexationStartYear'>,
  year: number,
): number {
  if (schedule.indexationStartYear === null) return 0;
  const first = Math.max(schedule.baseYear + 1, schedule.indexationStartYear);
  return Math.max(0, year - first + 1);
}

/** The exact factor (10000 + bp)^n / 10000^n as a fraction. */
export function indexationFraction(basisPoints: number, years: number): { numerator: bigint; denominator: bigint } {
  const step = 10_000n + BigInt(basisPoints);
  return { numerator: step ** BigInt(years), denominator: 10_000n ** BigInt(years) };
}

/** The factor as an exact decimal string: the denominator is a power of ten, so it always terminates. */
export function factorDecimal(basisPoints: number, years: number): string {
  if (years === 0) return '1';
  const { numerator } = indexationFraction(basisPoints, years);
  const digits = numerator.toString().padStart(4 * years + 1, '0');
  const whole = digits.slice(0, digits.length - 4 * years);
  const fraction = digits.slice(digits.length - 4 * years).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** numerator/denominator (both ≥ 0, denominator > 0) rounded half-up to a multiple of unit. */
export function roundHalfUp(numerator: bigint, denominator: bigint, unit: bigint): bigint {
  if (numerator < 0n || denominator <= 0n || unit <= 0n)
    throw new RangeError(`cannot round ${numerator}/${denominator} to ${unit}`);
  const step = denominator * unit;
  return ((2n * numerator + step) / (2n * step)) * unit;
}

export function roundToRule(numerator: bigint, denominator: bigint, rounding: FeeRounding): bigint {
  return roundHalfUp(numerator, denominator, unitCents[rounding]);
}

/** The indexed annual fee of a base amount in a year, rounded by the rule. */
export function annualFee(
  schedule: Pick<FeeScheduleRule, 'baseYear' | 'indexationStartYear' | 'indexationBasisPoints' | 'rounding'>,
  baseCents: bigint,
  year: number,
): bigint {
  const { numerator, denominator } = indexationFraction(
    schedule.indexationBasisPoints,
    indexationYears(schedule, year),
  );
  return roundToRule(baseCents * numerator, denominator, schedule.rounding);
}

/** Months paid for in the year: 12, fewer when joined in the year (pro-rata), or null when not liable. */
export function liableMonths(
  member: Pick<FeeMember, 'joinedOn' | 'leftOn'>,
  year: number,
  proRata: FeeProRata,
): number | { reason: 'JOINS_LATER' | 'LEFT_BEFORE' } {
  if (member.leftOn !== null && Number(member.leftOn.slice(0, 4)) < year) return { reason: 'LEFT_BEFORE' };
  if (member.joinedOn === null) return 12;
  const joinedYear = Number(member.joinedOn.slice(0, 4));
  if (joinedYear > year) return { reason: 'JOINS_LATER' };
  if (joinedYear < year || proRata === 'NONE') return 12;
  return 13 - Number(member.joinedOn.slice(5, 7));
}

/** The pro-rata share of a rounded annual fee, half-up to the cent. */
export function proRataCents(annualCents: bigint, months: number): bigint {
  if (months === 12) return annualCents;
  return roundHalfUp(annualCents * BigInt(months), 12n, 1n);
}

/** A member's fee for a year under a schedule, with everything needed to explain it. */
export function computeFee(schedule: FeeScheduleRule, member: FeeMember, year: number): FeeOutcome {
  const months = liableMonths(member, year, schedule.proRata);
  if (typeof months !== 'number') {
    return months.reason === 'JOINS_LATER'
      ? {
          kind: 'NOT_LIABLE',
          reason: 'JOINS_LATER',
          message: msg('schedule.joinsLater', { name: member.name, on: String(member.joinedOn), year }),
        }
      : {
          kind: 'NOT_LIABLE',
          reason: 'LEFT_BEFORE',
          message: msg('schedule.leftBefore', { name: member.name, on: String(member.leftOn), year }),
        };
  }
  const tier = selectTier(schedule.tiers, member.kind, member.population);
  if (!tier) {
    const population =
      member.population === null
        ? msg('schedule.populationUnknown')
        : msg('schedule.population', { population: member.population });
    return { kind: 'NO_TIER', message: msg('schedule.noTier', { name: member.name, kind: member.kind, population }) };
  }
  const years = indexationYears(schedule, year);
  const annualCents = annualFee(schedule, tier.amountCents, year);
  const amountCents = proRataCents(annualCents, months);
  const explanation: FeeExplanation = {
    tierKey: tier.key,
    tierLabel: tier.label,
    baseCents: tier.amountCents,
    indexationBasisPoints: schedule.indexationBasisPoints,
    indexationYears: years,
    indexationFactor: factorDecimal(schedule.indexationBasisPoints, years),
    rounding: schedule.rounding,
    annualCents,
    months,
    amountCents,
    population: member.population,
    kind: member.kind,
  };
  return amountCents === 0n ? { kind: 'EXEMPT', explanation } : { kind: 'FEE', amountCents, explanation };
}

export interface CoverageGap {
  kind: string;
  /** Inclusive; null = from 0. */
  fromPopulation: number | null;
  /** Inclusive; null = no upper end. */
  toPopulation: number | null;
}

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Population ranges, per kind the schedule names, that no tier covers. A kind no tier names is not a gap here:
 * its members are reported one by one in the run preview (with name, kind and population).
 */
export function coverageGaps(tiers: readonly FeeTierRule[]): CoverageGap[] {
  const kinds = [...new Set(tiers.flatMap((t) => t.kinds))].sort();
  const gaps: CoverageGap[] = [];
  for (const kind of kinds) {
    const ranges = tiers
      .filter((t) => t.kinds.includes(kind))
      .map((t) => [t.minPopulation ?? 0, t.maxPopulation ?? MAX] as const)
      .sort((a, b) => a[0] - b[0]);
    let next = 0;
    for (const [min, max] of ranges) {
      if (min > next) gaps.push({ kind, fromPopulation: next === 0 ? null : next, toPopulation: min - 1 });
      next = Math.max(next, max === MAX ? MAX : max + 1);
    }
    if (next < MAX) gaps.push({ kind, fromPopulation: next, toPopulation: null });
  }
  return gaps;
}

export interface ScheduleInput {
  baseYear: number;
  indexationBasisPoints: number;
  indexationStartYear: number | null;
  dueDays: number;
  tiers: readonly {
    label: string;
    kinds: readonly string[];
    minPopulation: number | null;
    maxPopulation: number | null;
    amountCents: bigint;
  }[];
}

/**
 * Field errors of a schedule (empty when valid): bounds in order, no two tiers of one kind overlapping. Keys name
 * the tier as `tiers[1]` or `tiers[0][maxPopulation]` (no dots: the portal takes the last dotted segment as the field).
 */
export function validateSchedule(input: ScheduleInput): Record<string, MessageRef[]> {
  const errors: Record<string, MessageRef[]> = {};
  const add = (field: string, message: MessageRef) => (errors[field] ??= []).push(message);
  if (input.indexationStartYear !== null && input.indexationStartYear < input.baseYear) {
    add(
      'indexationStartYear',
      msg('schedule.indexationStart', { baseYear: input.baseYear, startYear: input.indexationStartYear }),
    );
  }
  if (input.tiers.length === 0) add('tiers', msg('schedule.needsTier'));
  input.tiers.forEach((tier, i) => {
    if (tier.minPopulation !== null && tier.maxPopulation !== null && tier.minPopulation > tier.maxPopulation) {
      add(
        `tiers[${i}][maxPopulation]`,
        msg('schedule.maxBelowMin', {
          tier: i + 1,
          label: tier.label,
          min: tier.minPopulation,
          max: tier.maxPopulation,
        }),
      );
    }
    if (new Set(tier.kinds).size !== tier.kinds.length)
      add(`tiers[${i}][kinds]`, msg('schedule.kindTwice', { tier: i + 1, label: tier.label }));
  });
  for (let i = 0; i < input.tiers.length; i++) {
    for (let j = i + 1; j < input.tiers.length; j++) {
      const a = input.tiers[i];
      const b = input.tiers[j];
      const shared = a.kinds.filter((k) => b.kinds.includes(k));
      if (shared.length === 0) continue;
      const overlap =
        (a.minPopulation ?? 0) <= (b.maxPopulation ?? MAX) && (b.minPopulation ?? 0) <= (a.maxPopulation ?? MAX);
      if (overlap) {
        add(
          `tiers[${j}]`,
          msg('schedule.overlap', {
            tier: j + 1,
            label: b.label,
            other: i + 1,
            otherLabel: a.label,
            kinds: list(shared, 'comma'),
          }),
        );
      }
    }
  }
  return errors;
}

/** Per-partnership invoice numbers: "2027-0001". */
export function invoiceNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}

export type InvoiceStatus = 'OPEN' | 'PARTLY_PAID' | 'PAID' | 'OVERPAID' | 'CANCELLED';

/** An invoice's status from its ledger sums: invoiced net of reversals, paid net of reversals. */
export function invoiceStatus(invoicedCents: bigint, paidCents: bigint): InvoiceStatus {
  if (invoicedCents === 0n) return 'CANCELLED';
  if (paidCents <= 0n) return 'OPEN';
  if (paidCents < invoicedCents) return 'PARTLY_PAID';
  return paidCents === invoicedCents ? 'PAID' : 'OVERPAID';
}
