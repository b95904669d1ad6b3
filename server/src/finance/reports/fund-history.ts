import { TransactionKind } from '../ledger/ledger';

/** A sum from the ledger: per year, pool (null: the general fund), original kind and account kind. */
export interface FundMovement {
  year: number;
  purposeId: string | null;
  event: TransactionKind;
  accountKind: 'FUND' | 'ALLOCATED';
  cents: bigint;
}

export interface FundPoolYear {
  purposeId: string | null;
  contributed: bigint;
  allocated: bigint;
  disbursed: bigint;
  /** At the end of the year: the pool's FUND and ALLOCATED balances, as money held (positive). */
  balance: bigint;
}

export interface FundYear {
  year: number;
  contributed: bigint;
  allocated: bigint;
  disbursed: bigint;
  balance: bigint;
  pools: FundPoolYear[];
}

/**
 * The fund over time: every year from the first to the last with movements (a year without any carries the
 * balances on), each pool in `order` that ever moved. Contributions are the FUND credits of contributions,
 * allocations the ALLOCATED credits of allocations, disbursements the ALLOCATED debits of disbursements; the
 * balance is every entry on the pool's accounts up to the year's end, turned to money held. Pure.
 */
export function fundHistory(movements: readonly FundMovement[], order: readonly (string | null)[]): FundYear[] {
  if (movements.length === 0) return [];
  const moved = new Set(movements.map((m) => m.purposeId));
  const pools = [...order.filter((id) => moved.has(id)), ...[...moved].filter((id) => !order.includes(id))];
  const years = movements.map((m) => m.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const running = new Map<string | null, bigint>(pools.map((id) => [id, 0n]));
  const result: FundYear[] = [];
  for (let year = first; year <= last; year++) {
    const rows = movements.filter((m) => m.year === year);
    const poolYears = pools.map<FundPoolYear>((purposeId) => {
      const own = rows.filter((m) => m.purposeId === purposeId);
      const sum = (event: TransactionKind, accountKind: 'FUND' | 'ALLOCATED') =>
        own.filter((m) => m.event === event && m.accountKind === accountKind).reduce((s, m) => s + m.cents, 0n);
      const balance = (running.get(purposeId) ?? 0n) - own.reduce((s, m) => s + m.cents, 0n);
      running.set(purposeId, balance);
      return {
        purposeId,
        contributed: -sum('FUND_CONTRIBUTION', 'FUND'),
        allocated: -sum('FUND_ALLOCATION', 'ALLOCATED'),
        disbursed: sum('FUND_DISBURSEMENT', 'ALLOCATED'),
        balance,
      };
    });
    const total = (pick: (p: FundPoolYear) => bigint) => poolYears.reduce((s, p) => s + pick(p), 0n);
    result.push({
      year,
      contributed: total((p) => p.contributed),
      allocated: total((p) => p.allocated),
      disbursed: total((p) => p.disbursed),
      balance: total((p) => p.balance),
      pools: poolYears,
    });
  }
  return result;
}
