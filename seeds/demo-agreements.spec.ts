import { demoAgreementPlan } from './demo-agreements';
import { demoPartnerships } from './demo-data';
import { demoRequestPlan } from './demo-requests';
import { demoRoles } from './demo-users';

const now = new Date('2026-12-01T10:00:00Z');
const plan = demoAgreementPlan(now);
const slugOf = (id: string) => demoPartnerships.find((p) => p.id === id)?.slug;
const sum = (values: bigint[]) => values.reduce((s, v) => s + v, 0n);

describe('demo agreements', () => {
  it('has the financed agreement of the Offene Datenplattform, every contract signed, and its shares posted', () => {
    const a = plan.agreements.find((x) => slugOf(x.partnershipId) === 'offene-datenplattform')!;
    const request = demoRequestPlan(now).requests.find((r) => r.id === a.featureRequestId)!;
    expect(a.status).toBe('FINANCED');
    expect(request.financedAt).toEqual(a.financedAt);
    expect(
      a.contracts.every((c) => c.status === 'SIGNED' && c.decidedAt && c.decidedAt <= (a.financedAt as Date)),
    ).toBe(true);
    expect(sum(a.versions[0].shares.map((s) => s.amountCents))).toBe(a.totalCents);
    const [posting] = a.transactions;
    expect(posting.kind).toBe('COST_SHARE');
    expect(sum(posting.entries.map((e) => e.amountCents))).toBe(0n);
    expect(posting.entries.filter((e) => e.kind === 'PAYABLE').map((e) => e.amountCents)).toEqual([-a.totalCents]);
  });

  it('leaves a Dorf-App agreement out for signature: one signed, the demo representative’s contract pending', () => {
    const a = plan.agreements.find((x) => slugOf(x.partnershipId) === 'dorf-app' && !x.recurring)!;
    const representative = demoRoles.find((r) => r.partnershipId === a.partnershipId && r.role === 'REPRESENTATIVE')!;
    expect(a.status).toBe('SENT');
    expect(a.contracts.filter((c) => c.status === 'SIGNED')).toHaveLength(1);
    expect(a.contracts.find((c) => c.organisationId === representative.organisationId)?.status).toBe('SENT');
    expect(a.versions[0].method).toBe('FIXED');
    expect(sum(a.versions[0].shares.map((s) => s.amountCents))).toBe(a.totalCents);
    expect(a.transactions).toEqual([]);
  });

  it('splits the Mängelmelder’s maintenance again when a fourth user joins: every share falls, the first posting is reversed', () => {
    const a = plan.agreements.find((x) => x.recurring)!;
    const [before, after] = a.versions;
    expect(before.shares).toHaveLength(3);
    expect(after.shares).toHaveLength(4);
    for (const s of before.shares)
      expect(after.shares.find((x) => x.organisationId === s.organisationId)!.amountCents).toBeLessThan(s.amountCents);
    const [first, reversal, second] = a.transactions;
    expect(reversal.reversesId).toBe(first.id);
    expect(sum([...first.entries, ...reversal.entries].map((e) => e.amountCents))).toBe(0n);
    for (const t of a.transactions) expect(t.bookedOn.slice(0, 4)).toBe(String(a.year));
    expect(second.bookedOn >= first.bookedOn).toBe(true);
    expect(plan.modules.length).toBeGreaterThanOrEqual(3);
  });

  it('is the same plan every time (fixed ids)', () => {
    expect(demoAgreementPlan(now)).toEqual(plan);
    const ids = [
      ...plan.agreements.flatMap((a) => [
        a.id,
        ...a.versions.map((v) => v.id),
        ...a.contracts.map((c) => c.id),
        ...a.transactions.map((t) => t.id),
      ]),
      ...plan.modules.flatMap((m) => [m.id, ...m.uses.map((u) => u.id)]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
