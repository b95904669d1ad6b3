/**
 * Splitting an agreement's total among its participants: pure, integer cents (bigint), no I/O.
 *
 * Every proportional method (EQUAL, POPULATION, WEIGHTS, PERCENTAGES, FEE) gives each participant a weight
 * w and splits by largest remainder: participant i's exact share is total·wᵢ/W (W = the sum of weights);
 * it first gets the whole cents below that, and the cents still missing go one each to the participants
 * with the largest remainders. Tie-break, stated and deterministic: larger remainder first, then larger
 * weight, then organisation id ascending. So every share is within one cent of its exact value, the shares
 * add up to the total, and the result does not depend on the order the participants were given in.
 * FIXED takes the amounts as given; they must add up to the total exactly.
 */

import { list, type MessageRef, msg, render } from '../../common/i18n/messages';

export type SplitMethod = 'EQUAL' | 'POPULATION' | 'WEIGHTS' | 'PERCENTAGES' | 'FEE' | 'FIXED';
export const splitMethods: readonly SplitMethod[] = ['EQUAL', 'POPULATION', 'WEIGHTS', 'PERCENTAGES', 'FEE', 'FIXED'];

/** Percentages are given in basis points: 100 % = 10,000. */
export const BASIS_POINTS = 10_000n;

export interface SplitParticipant {
  organisationId: string;
  /** For messages: the organisation's name. */
  name?: string;
  /** POPULATION: inhabitants (null when unknown). */
  population?: number | null;
  /** WEIGHTS: a positive integer; PERCENTAGES: basis points. */
  weight?: number | bigint | null;
  /** FEE: the participant's annual fee in cents for the agreement's year (null when it has no invoice). */
  feeCents?: bigint | null;
  /** FIXED: the amount given. */
  amountCents?: bigint | null;
}

export interface Share {
  organisationId: string;
  amountCents: bigint;
  /** The weight the share was computed from (for FIXED: the amount itself). */
  basis: bigint;
  /** The exact share in cents as a reduced fraction, e.g. "100000/3" (or "42" when whole). */
  exactCents: string;
  /** Whether it got one of the leftover cents of the largest-remainder step. */
  roundedUp: boolean;
}

/** Bad input for a split, with the input field it concerns; the service turns it into BAD_USER_INPUT. */
export class SplitError extends Error {
  constructor(
    readonly field: string,
    readonly messageRef: MessageRef,
  ) {
    super(render(messageRef, 'en'));
    this.name = 'SplitError';
  }
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function fraction(numerator: bigint, denominator: bigint): string {
  const g = gcd(numerator, denominator) || 1n;
  const n = numerator / g;
  const d = denominator / g;
  return d === 1n ? n.toString() : `${n}/${d}`;
}

const label = (p: SplitParticipant) => p.name ?? p.organisationId;

/** Largest-remainder split of `totalCents` by positive integer weights. */
export function largestRemainder(
  totalCents: bigint,
  weighted: readonly { organisationId: string; weight: bigint }[],
): Share[] {
  if (totalCents <= 0n) throw new SplitError('totalCents', msg('split.positiveTotal', { total: String(totalCents) }));
  if (weighted.length === 0) throw new SplitError('participants', msg('split.needsParticipant'));
  const sum = weighted.reduce((s, w) => s + w.weight, 0n);
  const rows = weighted.map((w) => {
    if (w.weight <= 0n)
      throw new SplitError(
        'participants',
        msg('split.positiveWeight', { weight: String(w.weight), name: w.organisationId }),
      );
    const scaled = totalCents * w.weight;
    return { ...w, floor: scaled / sum, remainder: scaled % sum, scaled };
  });
  let leftover = totalCents - rows.reduce((s, r) => s + r.floor, 0n);
  const order = [...rows].sort((a, b) => {
    if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
    if (a.weight !== b.weight) return a.weight > b.weight ? -1 : 1;
    return a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0;
  });
  const up = new Set<string>();
  for (const row of order) {
    if (leftover === 0n) break;
    up.add(row.organisationId);
    leftover -= 1n;
  }
  return rows.map((r) => ({
    organisationId: r.organisationId,
    amountCents: r.floor + (up.has(r.organisationId) ? 1n : 0n),
    basis: r.weight,
    exactCents: fraction(r.scaled, sum),
    roundedUp: up.has(r.organisationId),
  }));
}

function integerWeight(p: SplitParticipant, what: MessageRef): bigint {
  const raw = p.weight;
  if (raw === null || raw === undefined)
    throw new SplitError('participants', msg('split.missing', { what, name: label(p) }));
  if (typeof raw === 'number' && !Number.isSafeInteger(raw))
    throw new SplitError('participants', msg('split.whole', { what, value: String(raw), name: label(p) }));
  const weight = BigInt(raw);
  if (weight <= 0n)
    throw new SplitError('participants', msg('split.positive', { what, value: String(weight), name: label(p) }));
  return weight;
}

/** The weight each participant gets under a proportional method. */
function weightsFor(method: Exclude<SplitMethod, 'FIXED'>, participants: readonly SplitParticipant[]): bigint[] {
  switch (method) {
    case 'EQUAL':
      return participants.map(() => 1n);
    case 'POPULATION': {
      const missing = participants.filter((p) => !p.population || p.population <= 0);
      if (missing.length) {
        throw new SplitError('method', msg('split.noPopulation', { names: list(missing.map(label), 'comma') }));
      }
      return participants.map((p) => BigInt(p.population as number));
    }
    case 'WEIGHTS':
      return participants.map((p) => integerWeight(p, msg('split.aWeight')));
    case 'PERCENTAGES': {
      const weights = participants.map((p) => integerWeight(p, msg('split.aPercentage')));
      const sum = weights.reduce((s, w) => s + w, 0n);
      if (sum !== BASIS_POINTS) throw new SplitError('participants', msg('split.percentagesSum', { sum: String(sum) }));
      return weights;
    }
    case 'FEE': {
      const missing = participants.filter((p) => p.feeCents === null || p.feeCents === undefined || p.feeCents <= 0n);
      if (missing.length) {
        throw new SplitError('method', msg('split.noFee', { names: list(missing.map(label), 'comma') }));
      }
      return participants.map((p) => p.feeCents as bigint);
    }
  }
}

/** Splits the total among the participants by the method; throws SplitError on input it cannot split. */
export function splitCost(totalCents: bigint, method: SplitMethod, participants: readonly SplitParticipant[]): Share[] {
  if (totalCents <= 0n) throw new SplitError('totalCents', msg('split.positiveTotal', { total: String(totalCents) }));
  if (participants.length === 0) throw new SplitError('participants', msg('split.needsParticipant'));
  const seen = new Set<string>();
  for (const p of participants) {
    if (seen.has(p.organisationId)) throw new SplitError('participants', msg('split.namedTwice', { name: label(p) }));
    seen.add(p.organisationId);
  }
  if (method === 'FIXED') {
    const missing = participants.filter(
      (p) => p.amountCents === null || p.amountCents === undefined || p.amountCents <= 0n,
    );
    if (missing.length)
      throw new SplitError('participants', msg('split.fixedMissing', { names: list(missing.map(label), 'comma') }));
    const sum = participants.reduce((s, p) => s + (p.amountCents as bigint), 0n);
    if (sum !== totalCents) {
      const difference = totalCents - sum;
      const words =
        difference > 0n
          ? msg('split.lessThan', { count: Number(difference) })
          : msg('split.moreThan', { count: Number(-difference) });
      throw new SplitError(
        'participants',
        msg('split.fixedSum', { sum: String(sum), difference: words, total: String(totalCents) }),
      );
    }
    return participants.map((p) => ({
      organisationId: p.organisationId,
      amountCents: p.amountCents as bigint,
      basis: p.amountCents as bigint,
      exactCents: (p.amountCents as bigint).toString(),
      roundedUp: false,
    }));
  }
  const weights = weightsFor(method, participants);
  return largestRemainder(
    totalCents,
    participants.map((p, i) => ({ organisationId: p.organisationId, weight: weights[i] })),
  );
}

/** Per organisation: the share before and after a re-split (0 when it did not take part). */
export function compareShares(
  before: readonly { organisationId: string; amountCents: bigint }[],
  after: readonly { organisationId: string; amountCents: bigint }[],
) {
  const ids = [...new Set([...before.map((s) => s.organisationId), ...after.map((s) => s.organisationId)])];
  const of = (list: readonly { organisationId: string; amountCents: bigint }[], id: string) =>
    list.find((s) => s.organisationId === id)?.amountCents ?? null;
  return ids.map((organisationId) => {
    const b = of(before, organisationId);
    const a = of(after, organisationId);
    return { organisationId, beforeCents: b, afterCents: a, changeCents: (a ?? 0n) - (b ?? 0n) };
  });
}
