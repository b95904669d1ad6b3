import { seedDemo } from '../../seeds/seed';
import { createTestApp, TestApp } from './support/test-app';

const FUND_HISTORY = `query($partnershipId: ID!) { fundHistory(partnershipId: $partnershipId) {
  year contributedCents allocatedCents disbursedCents balanceCents
  purposes { purposeId key contributedCents allocatedCents disbursedCents balanceCents }
} }`;
const FEE_INCOME = `query($partnershipId: ID!) { feeIncomeByYear(partnershipId: $partnershipId) { year invoicedCents paidCents } }`;
const MEMBER_HISTORY = `query($partnershipId: ID!, $organisationId: ID!) {
  memberFinanceHistory(partnershipId: $partnershipId, organisationId: $organisationId) {
    year feesCents costSharesCents paymentsCents fundContributionsCents savedCents
  } }`;
const STATEMENT = `query($partnershipId: ID!, $organisationId: ID!, $year: Int!) {
  memberStatement(partnershipId: $partnershipId, organisationId: $organisationId, year: $year) {
    year feesCents costSharesCents paymentsCents fundContributionsCents savedCents
  } }`;
const DASHBOARD = `query($partnershipId: ID!) { fundDashboard(partnershipId: $partnershipId) {
  totalContributedCents
  purposes { purpose { id } committedCents availableCents }
  generalFund { committedCents availableCents }
} }`;

interface Pool {
  purposeId: string | null;
  key: string | null;
  contributedCents: string;
  allocatedCents: string;
  disbursedCents: string;
  balanceCents: string;
}
interface FundYear extends Omit<Pool, 'purposeId' | 'key'> {
  year: number;
  purposes: Pool[];
}
interface MemberYear {
  year: number;
  feesCents: string;
  costSharesCents: string;
  paymentsCents: string;
  fundContributionsCents: string;
  savedCents: string;
}

let t: TestApp;
let partnershipId: string;
let treasurer: string;
let observer: string;
let otherTreasurer: string;
let privateId: string;

/** Net per booking year of one original kind's entries on accounts of one kind, straight from the ledger's tables. */
async function ledgerByYear(partnership: string, kind: string, accountKind: string): Promise<Map<number, bigint>> {
  const rows: { year: number; cents: string }[] = await t.dataSource.query(
    `SELECT extract(year FROM t.booked_on)::int AS year, sum(e.amount_cents)::text AS cents
       FROM ledger_transactions t LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
       JOIN ledger_entries e ON e.transaction_id = t.id JOIN finance_accounts a ON a.id = e.account_id
      WHERE t.partnership_id = $1 AND coalesce(o.kind, t.kind) = $2 AND a.kind = $3 GROUP BY 1`,
    [partnership, kind, accountKind],
  );
  return new Map(rows.map((r) => [r.year, BigInt(r.cents)]));
}

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.dataSource, { onlyIfEmpty: true });
  // The seeded partnership with the most fund movements, and a private one for the transparency rule.
  [{ id: partnershipId }] = await t.dataSource.query(
    `SELECT p.id FROM partnerships p JOIN ledger_transactions l ON l.partnership_id = p.id
      WHERE p.public_transparency AND l.kind IN ('FUND_CONTRIBUTION', 'FUND_ALLOCATION', 'FUND_DISBURSEMENT')
      GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`,
  );
  [{ id: privateId }] = await t.dataSource.query(`SELECT id FROM partnerships WHERE NOT public_transparency LIMIT 1`);
  treasurer = await t.createUser('kasse@charts.example', { roles: [{ partnershipId, role: 'TREASURER' }] });
  observer = await t.createUser('blick@charts.example', { roles: [{ partnershipId, role: 'OBSERVER' }] });
  otherTreasurer = await t.createUser('kasse-privat@charts.example', {
    roles: [{ partnershipId: privateId, role: 'TREASURER' }],
  });
});
afterAll(() => t.close());

describe('fund history', () => {
  it('sums each year as the ledger does, and ends at the balances the fund dashboard shows', async () => {
    const { fundHistory } = await t.ok<{ fundHistory: FundYear[] }>(treasurer, FUND_HISTORY, { partnershipId });
    expect(fundHistory.length).toBeGreaterThan(0);
    const contributions = await ledgerByYear(partnershipId, 'FUND_CONTRIBUTION', 'FUND');
    const allocations = await ledgerByYear(partnershipId, 'FUND_ALLOCATION', 'ALLOCATED');
    const disbursements = await ledgerByYear(partnershipId, 'FUND_DISBURSEMENT', 'ALLOCATED');
    expect(contributions.size).toBeGreaterThan(0);
    // Years are consecutive and oldest first, and every year with a movement is there.
    const years = fundHistory.map((y) => y.year);
    expect(years).toEqual(years.map((_, i) => years[0] + i));
    for (const year of [...contributions.keys(), ...allocations.keys(), ...disbursements.keys()])
      expect(years).toContain(year);
    for (const y of fundHistory) {
      expect({ year: y.year, contributed: BigInt(y.contributedCents) }).toEqual({
        year: y.year,
        contributed: -(contributions.get(y.year) ?? 0n),
      });
      expect(BigInt(y.allocatedCents)).toBe(-(allocations.get(y.year) ?? 0n));
      expect(BigInt(y.disbursedCents)).toBe(disbursements.get(y.year) ?? 0n);
      // The year's figures are the sums of its pools'.
      for (const field of ['contributedCents', 'allocatedCents', 'disbursedCents', 'balanceCents'] as const)
        expect(y.purposes.reduce((s, p) => s + BigInt(p[field]), 0n)).toBe(BigInt(y[field]));
    }
    // Money held only changes by contributions in and disbursements out.
    let held = 0n;
    for (const y of fundHistory) {
      held += BigInt(y.contributedCents) - BigInt(y.disbursedCents);
      expect(BigInt(y.balanceCents)).toBe(held);
    }

    const { fundDashboard: d } = await t.ok<{
      fundDashboard: {
        totalContributedCents: string;
        purposes: { purpose: { id: string }; committedCents: string; availableCents: string }[];
        generalFund: { committedCents: string; availableCents: string };
      };
    }>(treasurer, DASHBOARD, { partnershipId });
    expect(fundHistory.reduce((s, y) => s + BigInt(y.contributedCents), 0n)).toBe(BigInt(d.totalContributedCents));
    const last = fundHistory[fundHistory.length - 1];
    const held2 = (p: { committedCents: string; availableCents: string }) =>
      (BigInt(p.committedCents) + BigInt(p.availableCents)).toString();
    const expected = new Map<string | null, string>([
      [null, held2(d.generalFund)],
      ...d.purposes.map((p) => [p.purpose.id, held2(p)] as [string, string]),
    ]);
    for (const pool of last.purposes)
      expect([pool.key, pool.balanceCents]).toEqual([pool.key, expected.get(pool.purposeId)]);
  });

  it('is for FINANCE_READ only, and never across partnerships', async () => {
    for (const cookie of [observer, otherTreasurer]) {
      const body = await t.gqlAs(cookie, FUND_HISTORY, { partnershipId });
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gqlAs(null, FUND_HISTORY, { partnershipId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is part of the public transparency report, the same figures as the treasury sees', async () => {
    const [{ slug }] = await t.dataSource.query(`SELECT slug FROM partnerships WHERE id = $1`, [partnershipId]);
    const body = await t.gqlAs<{ transparencyReport: { fundHistory: FundYear[] } }>(
      null,
      `query($slug: String!) { transparencyReport(slug: $slug, year: 2026) { fundHistory {
        year contributedCents allocatedCents disbursedCents balanceCents
        purposes { purposeId key contributedCents allocatedCents disbursedCents balanceCents } } } }`,
      { slug },
    );
    expect(body.errors).toBeUndefined();
    const { fundHistory } = await t.ok<{ fundHistory: FundYear[] }>(treasurer, FUND_HISTORY, { partnershipId });
    expect(body.data!.transparencyReport.fundHistory).toEqual(fundHistory);
    const [{ slug: hidden }] = await t.dataSource.query(`SELECT slug FROM partnerships WHERE id = $1`, [privateId]);
    const denied = await t.gqlAs(
      null,
      `{ transparencyReport(slug: "${hidden}", year: 2026) { fundHistory { year } } }`,
    );
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('fee income per year', () => {
  it('is the ledger’s fee income and received payments per year', async () => {
    const { feeIncomeByYear } = await t.ok<{
      feeIncomeByYear: { year: number; invoicedCents: string; paidCents: string }[];
    }>(treasurer, FEE_INCOME, { partnershipId });
    const invoiced = await ledgerByYear(partnershipId, 'FEE_INVOICE', 'INCOME');
    const paid = await ledgerByYear(partnershipId, 'PAYMENT', 'BANK');
    expect(invoiced.size).toBeGreaterThan(0);
    const years = [...new Set([...invoiced.keys(), ...paid.keys()])].sort((a, b) => a - b);
    expect(feeIncomeByYear).toEqual(
      years.map((year) => ({
        year,
        invoicedCents: (-(invoiced.get(year) ?? 0n)).toString(),
        paidCents: (paid.get(year) ?? 0n).toString(),
      })),
    );
    expect((await t.gqlAs(observer, FEE_INCOME, { partnershipId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a member’s years', () => {
  it('gives each year its statement’s figures, and only to the treasury or its own representative', async () => {
    // The member with the most movements on its receivable.
    const [{ organisation_id: organisationId }] = await t.dataSource.query(
      `SELECT a.organisation_id FROM finance_accounts a JOIN ledger_entries e ON e.account_id = a.id
        WHERE a.partnership_id = $1 AND a.kind = 'RECEIVABLE' GROUP BY a.organisation_id ORDER BY count(*) DESC LIMIT 1`,
      [partnershipId],
    );
    const { memberFinanceHistory } = await t.ok<{ memberFinanceHistory: MemberYear[] }>(treasurer, MEMBER_HISTORY, {
      partnershipId,
      organisationId,
    });
    expect(memberFinanceHistory.length).toBeGreaterThan(0);
    const years = memberFinanceHistory.map((y) => y.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const y of memberFinanceHistory) {
      const { memberStatement } = await t.ok<{ memberStatement: MemberYear }>(treasurer, STATEMENT, {
        partnershipId,
        organisationId,
        year: y.year,
      });
      expect(y).toEqual(memberStatement);
    }
    // Fees over all years: the organisation's receivable debits by fee invoices.
    const [{ fees }] = await t.dataSource.query(
      `SELECT coalesce(sum(e.amount_cents), 0)::text AS fees FROM ledger_entries e
         JOIN finance_accounts a ON a.id = e.account_id AND a.kind = 'RECEIVABLE' AND a.organisation_id = $2
         JOIN ledger_transactions t ON t.id = e.transaction_id LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
        WHERE a.partnership_id = $1 AND coalesce(o.kind, t.kind) = 'FEE_INVOICE'`,
      [partnershipId, organisationId],
    );
    expect(memberFinanceHistory.reduce((s, y) => s + BigInt(y.feesCents), 0n).toString()).toBe(fees);

    const representative = await t.createUser('vertretung@charts.example', {
      roles: [{ partnershipId, role: 'REPRESENTATIVE', organisationId }],
    });
    expect(
      (
        await t.ok<{ memberFinanceHistory: MemberYear[] }>(representative, MEMBER_HISTORY, {
          partnershipId,
          organisationId,
        })
      ).memberFinanceHistory,
    ).toEqual(memberFinanceHistory);
    for (const cookie of [observer, otherTreasurer]) {
      const body = await t.gqlAs(cookie, MEMBER_HISTORY, { partnershipId, organisationId });
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
