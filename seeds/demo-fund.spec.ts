import { assertBalanced } from '../server/src/finance/ledger/ledger';
import { demoCommitteePlan, demoResult } from './demo-committees';
import { demoMemberships } from './demo-data';
import { demoFundPlan } from './demo-fund';

describe('demo fund plan', () => {
  const plan = demoFundPlan(demoCommitteePlan(new Date('2026-12-01T10:00:00Z')));

  it('is the same every time (fixed ids, no clock in the ledger)', () => {
    const again = demoFundPlan(demoCommitteePlan(new Date('2027-03-01T10:00:00Z')));
    expect(again.transactions).toEqual(plan.transactions);
    expect(again.contributions).toEqual(plan.contributions);
  });

  it('has contributions 2023–2026 from several members and a non-member, some earmarked, each first of its year at least the minimum', () => {
    expect([...new Set(plan.contributions.map((c) => c.year))]).toEqual([2023, 2024, 2025, 2026]);
    const members = new Set(
      demoMemberships.filter((m) => m.partnershipId === plan.partnershipId).map((m) => m.organisationId),
    );
    const contributors = new Set(plan.contributions.map((c) => c.organisationId));
    expect([...contributors].filter((o) => members.has(o)).length).toBeGreaterThanOrEqual(5);
    expect([...contributors].some((o) => !members.has(o))).toBe(true);
    expect(plan.contributions.some((c) => c.purposeId !== null)).toBe(true);
    expect(
      plan.contributions.every(
        (c) => c.amountCents >= plan.minimumContributionCents && c.receivedOn.startsWith(String(c.year)),
      ),
    ).toBe(true);
  });

  it('books every transaction balanced, never draws a pool below zero, and pays out no more than allocated', () => {
    const pools = new Map<string, bigint>();
    for (const t of [...plan.transactions].sort((a, b) => a.bookedOn.localeCompare(b.bookedOn))) {
      assertBalanced(t.entries.map((e) => ({ account: { kind: 'BANK' }, amountCents: e.amountCents })));
      for (const e of t.entries) {
        pools.set(e.code, (pools.get(e.code) ?? 0n) + e.amountCents);
        if (e.kind === 'FUND' || e.kind === 'ALLOCATED') expect(pools.get(e.code)! <= 0n).toBe(true);
      }
    }
    for (const a of plan.allocations) {
      const paid = plan.disbursements.filter((d) => d.allocationId === a.id).reduce((s, d) => s + d.amountCents, 0n);
      expect(paid <= a.amountCents).toBe(true);
    }
    expect(plan.disbursements.length).toBeGreaterThanOrEqual(1);
  });

  it('decides each allocation by a closed vote whose ballots count ACCEPTED', () => {
    expect(plan.allocations.length).toBeGreaterThanOrEqual(1);
    for (const v of plan.votes) {
      expect(v.entitled.length).toBeGreaterThan(0);
      expect(demoResult(v).outcome).toBe('ACCEPTED');
      expect(plan.allocations.find((a) => a.id === v.subjectId)?.voteId).toBe(v.id);
    }
  });
});
