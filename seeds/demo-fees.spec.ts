import { coverageGaps, invoiceStatus, validateSchedule } from '../server/src/finance/fees/fees';
import { demoFeePlan, demoFeeSchedules } from './demo-fees';

describe('demo fees', () => {
  const plan = demoFeePlan();

  it('has valid schedules without gaps', () => {
    for (const s of demoFeeSchedules()) {
      expect(validateSchedule({ ...s, tiers: s.tiers })).toEqual({});
      expect(coverageGaps(s.tiers.map((t) => ({ ...t, key: t.id })))).toEqual([]);
    }
  });

  it('invoices the Geoportal-Verbund’s active, fee-paying members for 2026, numbered in name order', () => {
    // 13 members: one suspended, the coordinating provider exempt.
    expect(plan.invoices).toHaveLength(11);
    expect(plan.invoices.map((i) => i.number)).toEqual(
      Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(4, '0')}`),
    );
    const names = plan.invoices.map((i) => i.organisationName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    expect(names).not.toContain('Stadt Erzhalden');
    const state = plan.invoices.find((i) => i.explanation.kind === 'STATE')!;
    expect(state.amountCents).toBe(1_000_000n);
    for (const invoice of plan.invoices) expect(invoice.amountCents % 100_000n).toBe(0n);
  });

  it('has one paid, one partly paid and one overpaid invoice, the rest open', () => {
    const paid = new Map(plan.payments.map((p) => [p.invoiceId, p.amountCents]));
    const statuses = plan.invoices.map((i) => invoiceStatus(i.amountCents, paid.get(i.id) ?? 0n));
    expect(statuses.slice(0, 3)).toEqual(['PAID', 'PARTLY_PAID', 'OVERPAID']);
    expect(statuses.slice(3).every((s) => s === 'OPEN')).toBe(true);
  });

  it('uses fixed, unique ids', () => {
    const ids = [
      ...plan.invoices.flatMap((i) => [i.id, i.transactionId]),
      ...plan.payments.flatMap((p) => [p.id, p.transactionId]),
      ...plan.schedules.flatMap((s) => s.tiers.map((t) => t.id)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(demoFeePlan()).toEqual(plan);
  });
});
