import { eurosDecimal } from '../../common/money';
import { msg, type MessageRef } from '../../common/i18n/messages';

/**
 * Pure rules of the development fund: the default purposes, the yearly minimum, where an allocation's money
 * comes from, how much a new proposal may still ask for, and each contributor's share of the fund.
 * Integer cents as bigint, percentages as basis points: no floating point anywhere.
 */

export interface DefaultPurpose {
  key: string;
  labelDe: string;
  labelEn: string;
}

/** Masterportal's five purposes of the Entwicklungsfonds, created for every partnership on first use. */
export const defaultPurposes: readonly DefaultPurpose[] = [
  { key: 'issue-fixes', labelDe: 'Fehlerbehebungen (Issues)', labelEn: 'Issue fixes' },
  { key: 'optimisation', labelDe: 'Optimierung bestehender Funktionen', labelEn: 'Optimising existing features' },
  { key: 'feature-requests', labelDe: 'Funktionswünsche', labelEn: 'Feature requests' },
  { key: 'documentation', labelDe: 'Dokumentation', labelEn: 'Documentation' },
  {
    key: 'lts-security',
    labelDe: 'Sicherheitspatches für die vorherige LTS (sechs Monate)',
    labelEn: 'Security patches for the previous LTS (six months)',
  },
];

export const DEFAULT_MINIMUM_CENTS = 100000n;

/** A purpose key from its English label: lower-case words joined by hyphens, at most 60 characters. */
export function purposeKeyOf(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'purpose';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Why a contribution is refused, or null. The minimum is per contributor and year: the first contribution
 * of a year (nothing net yet contributed that year) must reach it on its own; once a contributor has paid
 * its minimum, further contributions in the same year may be any positive amount (a top-up is welcome,
 * and splitting the minimum into small parts is what the rule prevents).
 */
export function contributionProblem(input: {
  amountCents: bigint;
  minimumCents: bigint;
  alreadyThisYearCents: bigint;
  year: number;
}): MessageRef | null {
  if (input.amountCents <= 0n) return msg('fund.positiveAmount', { amount: input.amountCents.toString() });
  if (input.alreadyThisYearCents <= 0n && input.amountCents < input.minimumCents) {
    return msg('fund.belowMinimum', {
      year: input.year,
      minimum: eurosDecimal(input.minimumCents),
      amount: eurosDecimal(input.amountCents),
    });
  }
  return null;
}

/** Unallocated money per pool: the purpose's earmarked fund and the general fund (purpose null). */
export interface Pools {
  earmarkedCents: bigint;
  generalCents: bigint;
}

export interface AllocationSource {
  purposeId: string | null;
  amountCents: bigint;
}

/**
 * Where an allocation's money comes from: the purpose's earmarked balance first (contributors chose it),
 * then the general fund. Null when both together cannot give the amount.
 */
export function allocationSources(purposeId: string, amountCents: bigint, pools: Pools): AllocationSource[] | null {
  if (amountCents <= 0n) return null;
  const earmarked = pools.earmarkedCents > 0n ? pools.earmarkedCents : 0n;
  const general = pools.generalCents > 0n ? pools.generalCents : 0n;
  if (earmarked + general < amountCents) return null;
  const fromEarmarked = earmarked < amountCents ? earmarked : amountCents;
  const fromGeneral = amountCents - fromEarmarked;
  const sources: AllocationSource[] = [];
  if (fromEarmarked > 0n) sources.push({ purposeId, amountCents: fromEarmarked });
  if (fromGeneral > 0n) sources.push({ purposeId: null, amountCents: fromGeneral });
  return sources;
}

/**
 * What a new proposal for `purposeId` may still ask for: the purpose's earmarked balance plus the general
 * fund, after the proposals still pending have been served the same way (each from its own purpose first,
 * then from the general fund), in the order given.
 */
export function availableForProposal(
  purposeId: string,
  balances: ReadonlyMap<string | null, bigint>,
  pending: readonly { purposeId: string; amountCents: bigint }[],
): bigint {
  const left = new Map(balances);
  let general = left.get(null) ?? 0n;
  for (const p of pending) {
    const own = left.get(p.purposeId) ?? 0n;
    const fromOwn = own > 0n ? (own < p.amountCents ? own : p.amountCents) : 0n;
    left.set(p.purposeId, own - fromOwn);
    general -= p.amountCents - fromOwn;
  }
  const own = left.get(purposeId) ?? 0n;
  return (own > 0n ? own : 0n) + (general > 0n ? general : 0n);
}

export interface Share {
  key: string;
  amountCents: bigint;
  /** Hundredths of a percent; all shares add up to 10000 exactly. */
  basisPoints: number;
}

/**
 * Each contributor's share of all contributions, in basis points by the largest-remainder method, so the
 * shares add up to exactly 100.00 %. Each share is its exact value rounded down or up by at most one
 * basis point; leftover points go to the largest remainders, ties to the larger amount, then the smaller
 * key (deterministic). Contributors with nothing (net) have no share.
 */
export function sharesOf(contributions: readonly { key: string; amountCents: bigint }[]): Share[] {
  const positive = contributions.filter((c) => c.amountCents > 0n);
  const total = positive.reduce((sum, c) => sum + c.amountCents, 0n);
  if (total === 0n) return [];
  const rows = positive.map((c) => {
    const scaled = c.amountCents * 10000n;
    return { key: c.key, amountCents: c.amountCents, floor: scaled / total, remainder: scaled % total };
  });
  let leftover = 10000n - rows.reduce((sum, r) => sum + r.floor, 0n);
  const order = [...rows].sort((a, b) =>
    a.remainder !== b.remainder
      ? a.remainder > b.remainder
        ? -1
        : 1
      : a.amountCents !== b.amountCents
        ? a.amountCents > b.amountCents
          ? -1
          : 1
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0,
  );
  const bonus = new Set<string>();
  for (const r of order) {
    if (leftover === 0n) break;
    bonus.add(r.key);
    leftover -= 1n;
  }
  return rows.map((r) => ({
    key: r.key,
    amountCents: r.amountCents,
    basisPoints: Number(r.floor) + (bonus.has(r.key) ? 1 : 0),
  }));
}

/** Basis points as a percentage text with two decimals, e.g. 1234 → "12.34". */
export function percentText(basisPoints: number): string {
  return `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}`;
}

/** New positions after moving one purpose to `position` (1-based, clamped) among the others in order. */
export function reorder<T extends string>(ids: readonly T[], moved: T, position: number): T[] {
  const rest = ids.filter((id) => id !== moved);
  const at = Math.min(Math.max(position, 1), rest.length + 1) - 1;
  return [...rest.slice(0, at), moved, ...rest.slice(at)];
}
