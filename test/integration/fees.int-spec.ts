import { Client } from 'pg';
import { LedgerService } from '../../server/src/finance/ledger/ledger.service';
import { seedDemo } from '../../seeds/seed';
import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const UPDATE = `mutation($input: UpdateFeeScheduleInput!) { updateFeeSchedule(input: $input) { schedule { baseYear indexationBasisPoints } tiers { label kinds minPopulation maxPopulation amountCents } gaps { kind fromPopulation toPopulation } } }`;
const SCHEDULE = `query($p: ID!) { feeSchedule(partnershipId: $p) { schedule { baseYear rounding proRata } tiers { label amountCents } gaps { kind fromPopulation toPopulation } } }`;
const PREVIEW = `query($p: ID!, $y: Int!) { feeRunPreview(partnershipId: $p, year: $y) { toCreate existing totalCents errors lines { status amountCents message invoiceNumber organisation { name } explanation { months indexationFactor annualCents } } } }`;
const RUN = `mutation($input: RunFeesInput!) { runFees(input: $input) { created existing exempt totalCents lines { status invoiceNumber organisation { name } } } }`;
const INVOICES = `query($p: ID!, $y: Int, $s: FeeInvoiceStatus, $first: Int, $after: String) { feeInvoices(partnershipId: $p, year: $y, status: $s, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id number year amountCents paidCents outstandingCents status issuedOn dueOn transactionId organisation { id name } explanation { tierLabel months annualCents indexationYears indexationFactor } } } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id amountCents invoiceId organisation { name } } }`;
const BALANCES = `query($p: ID!, $y: Int) { feeMemberBalances(partnershipId: $p, year: $y) { invoicedCents paidCents outstandingCents openInvoices organisation { id name } } }`;

interface Invoice {
  id: string;
  number: string;
  amountCents: string;
  paidCents: string;
  outstandingCents: string;
  status: string;
  issuedOn: string;
  dueOn: string;
  transactionId: string;
  organisation: { id: string; name: string };
  explanation: {
    tierLabel: string;
    months: number;
    annualCents: string;
    indexationYears: number;
    indexationFactor: string;
  };
}

interface World {
  partnershipId: string;
  treasurer: string;
  secondTreasurer: string;
  members: Record<string, string>;
}

let t: TestApp;
let n = 0;

beforeAll(async () => {
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
});
afterAll(() => t.close());

const masterportal = (partnershipId: string, extra: Record<string, unknown> = {}) => ({
  partnershipId,
  baseYear: 2026,
  indexationBasisPoints: 300,
  indexationStartYear: 2027,
  rounding: 'CENT',
  proRata: 'MONTHS',
  dueDays: 30,
  tiers: [
    {
      label: 'bis 50.000',
      kinds: ['MUNICIPALITY', 'COUNTY'],
      minPopulation: 0,
      maxPopulation: 50_000,
      amountCents: '100000',
    },
    {
      label: 'bis 250.000',
      kinds: ['MUNICIPALITY', 'COUNTY'],
      minPopulation: 50_001,
      maxPopulation: 250_000,
      amountCents: '300000',
    },
    { label: 'über 250.000', kinds: ['MUNICIPALITY', 'COUNTY'], minPopulation: 250_001, amountCents: '500000' },
    { label: 'Land und Bund', kinds: ['STATE', 'FEDERAL_AGENCY'], amountCents: '1000000' },
    { label: 'Dienstleister', kinds: ['IT_SERVICE_PROVIDER'], amountCents: '0' },
  ],
  ...extra,
});

/** Members: small town, big city, state body, provider (exempt), one joining in April 2026, one who left in 2025. */
async function world(): Promise<World> {
  n += 1;
  const p = await createPartnership(t);
  const orgs: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['klein', { name: `Gemeinde Klein ${n}`, kind: 'MUNICIPALITY', population: 50_000 }, { joinedOn: '2020-01-01' }],
    ['gross', { name: `Stadt Groß ${n}`, kind: 'MUNICIPALITY', population: 250_001 }, { joinedOn: '2021-05-01' }],
    ['land', { name: `Landesamt ${n}`, kind: 'STATE', population: null }, { joinedOn: '2019-01-01' }],
    [
      'it',
      { name: `Dienstleister ${n}`, kind: 'IT_SERVICE_PROVIDER', population: null },
      { voting: false, joinedOn: '2019-01-01' },
    ],
    ['neu', { name: `Kreis Neu ${n}`, kind: 'COUNTY', population: 120_000 }, { joinedOn: '2026-04-15' }],
    [
      'weg',
      { name: `Gemeinde Weg ${n}`, kind: 'MUNICIPALITY', population: 3_000 },
      { joinedOn: '2019-01-01', status: 'LEFT', leftOn: '2025-06-30' },
    ],
  ];
  const members: Record<string, string> = {};
  for (const [key, org, membership] of orgs) {
    const o = await createOrganisation(t, org);
    const m = await addMember(t, p.id, o.id, membership);
    if (!m.data) throw new Error(JSON.stringify(m.errors));
    members[key] = o.id;
  }
  const treasurer = await t.createUser(`kasse-${n}@fees.example`, {
    roles: [{ partnershipId: p.id, role: 'TREASURER' }],
  });
  const secondTreasurer = await t.createUser(`kasse2-${n}@fees.example`, {
    roles: [{ partnershipId: p.id, role: 'TREASURER' }],
  });
  return { partnershipId: p.id, treasurer, secondTreasurer, members };
}

const invoices = async (w: World, variables: Record<string, unknown> = {}) =>
  (
    await t.ok<{
      feeInvoices: {
        totalCount: number;
        nodes: Invoice[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(w.treasurer, INVOICES, { p: w.partnershipId, y: 2026, ...variables })
  ).feeInvoices;
const invoiceOf = async (w: World, key: string) =>
  (await invoices(w, { first: 100 })).nodes.find((i) => i.organisation.id === w.members[key])!;
const pay = (w: World, cookie: string, input: Record<string, unknown>) =>
  t.gqlAs<{ recordPayment: { id: string } }>(cookie, PAY, {
    input: { partnershipId: w.partnershipId, receivedOn: '2026-03-01', ...input },
  });
const counts = async (partnershipId: string) =>
  (
    await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM fee_invoices WHERE partnership_id = $1) AS invoices, (SELECT count(*)::int FROM ledger_transactions WHERE partnership_id = $1) AS transactions`,
      [partnershipId],
    )
  )[0] as { invoices: number; transactions: number };

describe('fee schedule', () => {
  it('refuses overlapping tiers and bad bounds, and changes nothing', async () => {
    const w = await world();
    const overlapping = masterportal(w.partnershipId);
    overlapping.tiers[1] = { ...overlapping.tiers[1], minPopulation: 50_000 };
    const body = await t.gqlAs(w.treasurer, UPDATE, { input: overlapping });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.fields?.['tiers[1]']?.[0]).toMatch(
      /überschneidet sich mit Stufe 1 \(bis 50\.000\) für MUNICIPALITY, COUNTY/,
    );
    const reversed = await t.gqlAs(w.treasurer, UPDATE, {
      input: {
        ...masterportal(w.partnershipId),
        tiers: [{ label: 'X', kinds: ['STATE'], minPopulation: 10, maxPopulation: 5, amountCents: '1' }],
      },
    });
    expect(reversed.errors?.[0].extensions?.fields?.['tiers[0][maxPopulation]']).toHaveLength(1);
    const money = await t.gqlAs(w.treasurer, UPDATE, {
      input: { ...masterportal(w.partnershipId), tiers: [{ label: 'X', kinds: ['STATE'], amountCents: '10.50' }] },
    });
    expect(money.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await t.ok<{ feeSchedule: unknown }>(w.treasurer, SCHEDULE, { p: w.partnershipId })).feeSchedule,
    ).toBeNull();

    await t.ok(w.treasurer, UPDATE, { input: masterportal(w.partnershipId) });
    const again = await t.gqlAs(w.treasurer, UPDATE, { input: { ...overlapping, baseYear: 2030 } });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const kept = (
      await t.ok<{ feeSchedule: { schedule: { baseYear: number }; tiers: unknown[] } }>(w.treasurer, SCHEDULE, {
        p: w.partnershipId,
      })
    ).feeSchedule;
    expect(kept.schedule.baseYear).toBe(2026);
    expect(kept.tiers).toHaveLength(5);
  });

  it('reports the population ranges no tier covers', async () => {
    const w = await world();
    const gappy = masterportal(w.partnershipId);
    gappy.tiers.splice(1, 1);
    const saved = await t.ok<{ updateFeeSchedule: { gaps: unknown[] } }>(w.treasurer, UPDATE, { input: gappy });
    expect(saved.updateFeeSchedule.gaps).toEqual([
      { kind: 'COUNTY', fromPopulation: 50_001, toPopulation: 250_000 },
      { kind: 'MUNICIPALITY', fromPopulation: 50_001, toPopulation: 250_000 },
    ]);
  });
});

describe('fee run', () => {
  it('previews, refuses while a member has no tier (naming it), then invoices each active member once', async () => {
    const w = await world();
    const gappy = masterportal(w.partnershipId);
    gappy.tiers.splice(1, 1);
    await t.ok(w.treasurer, UPDATE, { input: gappy });
    const preview = (
      await t.ok<{ feeRunPreview: { errors: string[] } }>(w.treasurer, PREVIEW, { p: w.partnershipId, y: 2026 })
    ).feeRunPreview;
    expect(preview.errors).toEqual([
      `Keine Beitragsstufe für Kreis Neu ${n} (COUNTY, Einwohnerzahl 120000): Legen Sie eine Stufe an, die sie abdeckt`,
    ]);
    const refused = await t.gqlAs(w.treasurer, RUN, { input: { partnershipId: w.partnershipId, year: 2026 } });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain(`Kreis Neu ${n} (COUNTY, Einwohnerzahl 120000)`);
    expect(await counts(w.partnershipId)).toEqual({ invoices: 0, transactions: 0 });

    await t.ok(w.treasurer, UPDATE, { input: masterportal(w.partnershipId) });
    const ready = (
      await t.ok<{
        feeRunPreview: {
          toCreate: number;
          totalCents: string;
          errors: string[];
          lines: { status: string; explanation: { months: number } | null; organisation: { name: string } }[];
        };
      }>(w.treasurer, PREVIEW, { p: w.partnershipId, y: 2026 })
    ).feeRunPreview;
    expect(ready.errors).toEqual([]);
    expect(ready.toCreate).toBe(4);
    // 1,000 + 5,000 + 10,000 + 3,000 × 9/12 (joined in April) = 18,250 EUR
    expect(ready.totalCents).toBe('1825000');
    expect(ready.lines.map((l) => l.status).sort()).toEqual([
      'EXEMPT',
      'WILL_INVOICE',
      'WILL_INVOICE',
      'WILL_INVOICE',
      'WILL_INVOICE',
    ]);

    const first = (
      await t.ok<{ runFees: { created: number; existing: number; exempt: number; totalCents: string } }>(
        w.treasurer,
        RUN,
        { input: { partnershipId: w.partnershipId, year: 2026, issuedOn: '2026-02-01' } },
      )
    ).runFees;
    expect(first).toMatchObject({ created: 4, existing: 0, exempt: 1, totalCents: '1825000' });
    const second = (
      await t.ok<{ runFees: { created: number; existing: number } }>(w.treasurer, RUN, {
        input: { partnershipId: w.partnershipId, year: 2026 },
      })
    ).runFees;
    expect(second).toMatchObject({ created: 0, existing: 4 });
    expect(await counts(w.partnershipId)).toEqual({ invoices: 4, transactions: 4 });

    const list = await invoices(w);
    expect(list.totalCount).toBe(4);
    expect(list.nodes.map((i) => i.number)).toEqual(['2026-0001', '2026-0002', '2026-0003', '2026-0004']);
    expect(
      list.nodes.every((i) => i.status === 'OPEN' && i.issuedOn === '2026-02-01' && i.dueOn === '2026-03-03'),
    ).toBe(true);
    const neu = list.nodes.find((i) => i.organisation.id === w.members.neu)!;
    expect(neu).toMatchObject({
      amountCents: '225000',
      outstandingCents: '225000',
      explanation: { months: 9, annualCents: '300000', tierLabel: 'bis 250.000' },
    });
    // The invoice's posting: the member's receivable up, fee income down, with the invoice as its source.
    const entries = await t.dataSource.query(
      `SELECT a.kind, e.amount_cents::text AS cents, t.kind AS tkind, t.source_type, t.source_id FROM ledger_entries e JOIN finance_accounts a ON a.id = e.account_id JOIN ledger_transactions t ON t.id = e.transaction_id WHERE t.id = $1 ORDER BY a.kind`,
      [neu.transactionId],
    );
    expect(entries).toEqual([
      { kind: 'INCOME', cents: '-225000', tkind: 'FEE_INVOICE', source_type: 'FEE_INVOICE', source_id: neu.id },
      { kind: 'RECEIVABLE', cents: '225000', tkind: 'FEE_INVOICE', source_type: 'FEE_INVOICE', source_id: neu.id },
    ]);

    // Indexed in 2027: +3 %; the April joiner pays the full year now.
    const next = (
      await t.ok<{ runFees: { created: number; totalCents: string } }>(w.treasurer, RUN, {
        input: { partnershipId: w.partnershipId, year: 2027 },
      })
    ).runFees;
    expect(next).toMatchObject({ created: 4, totalCents: '1957000' });
    const y2027 = await invoices(w, { y: 2027 });
    expect(y2027.nodes[0].number).toBe('2027-0001');
    expect(y2027.nodes[0].explanation).toMatchObject({ indexationYears: 1, indexationFactor: '1.03' });
  });

  it('writes each invoice once when runs overlap', async () => {
    const w = await world();
    await t.ok(w.treasurer, UPDATE, { input: masterportal(w.partnershipId) });
    const results = await Promise.all(
      [w.treasurer, w.secondTreasurer, w.treasurer, w.secondTreasurer].map((cookie) =>
        t.ok<{ runFees: { created: number } }>(cookie, RUN, { input: { partnershipId: w.partnershipId, year: 2026 } }),
      ),
    );
    expect(results.reduce((sum, r) => sum + r.runFees.created, 0)).toBe(4);
    expect(await counts(w.partnershipId)).toEqual({ invoices: 4, transactions: 4 });
    const numbers = (await invoices(w)).nodes.map((i) => i.number);
    expect(new Set(numbers).size).toBe(4);
  });

  it('refuses an issue date outside the fee year and a run without a schedule', async () => {
    const w = await world();
    const none = await t.gqlAs(w.treasurer, RUN, { input: { partnershipId: w.partnershipId, year: 2026 } });
    expect(none.errors?.[0].extensions?.code).toBe('CONFLICT');
    await t.ok(w.treasurer, UPDATE, { input: masterportal(w.partnershipId) });
    const outside = await t.gqlAs(w.treasurer, RUN, {
      input: { partnershipId: w.partnershipId, year: 2026, issuedOn: '2025-12-31' },
    });
    expect(outside.errors?.[0].extensions?.fields?.issuedOn?.[0]).toBe(
      'issuedOn muss im Beitragsjahr 2026 liegen, angegeben: 2025-12-31',
    );
    expect(await counts(w.partnershipId)).toEqual({ invoices: 0, transactions: 0 });
  });
});

describe('payments', () => {
  async function invoiced(): Promise<World> {
    const w = await world();
    await t.ok(w.treasurer, UPDATE, { input: masterportal(w.partnershipId) });
    await t.ok(w.treasurer, RUN, { input: { partnershipId: w.partnershipId, year: 2026 } });
    return w;
  }

  it('full, partial and overpaid, against an invoice or the account; outstanding from the ledger', async () => {
    const w = await invoiced();
    const klein = await invoiceOf(w, 'klein');
    const gross = await invoiceOf(w, 'gross');
    const land = await invoiceOf(w, 'land');
    await t.ok(w.treasurer, PAY, {
      input: {
        partnershipId: w.partnershipId,
        organisationId: w.members.klein,
        invoiceId: klein.id,
        amountCents: '100000',
        receivedOn: '2026-03-01',
      },
    });
    await t.ok(w.treasurer, PAY, {
      input: {
        partnershipId: w.partnershipId,
        organisationId: w.members.gross,
        invoiceId: gross.id,
        amountCents: '120000',
        receivedOn: '2026-03-02',
      },
    });
    await t.ok(w.treasurer, PAY, {
      input: {
        partnershipId: w.partnershipId,
        organisationId: w.members.land,
        invoiceId: land.id,
        amountCents: '1000001',
        receivedOn: '2026-03-03',
      },
    });
    await t.ok(w.treasurer, PAY, {
      input: {
        partnershipId: w.partnershipId,
        organisationId: w.members.neu,
        amountCents: '5000',
        receivedOn: '2026-03-04',
        note: 'ohne Rechnungsnummer',
      },
    });

    const byOrg = new Map((await invoices(w)).nodes.map((i) => [i.organisation.id, i]));
    expect(byOrg.get(w.members.klein)).toMatchObject({ status: 'PAID', paidCents: '100000', outstandingCents: '0' });
    expect(byOrg.get(w.members.gross)).toMatchObject({
      status: 'PARTLY_PAID',
      paidCents: '120000',
      outstandingCents: '380000',
    });
    expect(byOrg.get(w.members.land)).toMatchObject({
      status: 'OVERPAID',
      paidCents: '1000001',
      outstandingCents: '-1',
    });
    expect(byOrg.get(w.members.neu)).toMatchObject({ status: 'OPEN', paidCents: '0', outstandingCents: '225000' });
    expect((await invoices(w, { s: 'PARTLY_PAID' })).nodes.map((i) => i.organisation.id)).toEqual([w.members.gross]);
    expect((await invoices(w, { s: 'OPEN' })).totalCount).toBe(1);

    const balances = (
      await t.ok<{
        feeMemberBalances: {
          invoicedCents: string;
          paidCents: string;
          outstandingCents: string;
          openInvoices: number;
          organisation: { id: string };
        }[];
      }>(w.treasurer, BALANCES, { p: w.partnershipId, y: 2026 })
    ).feeMemberBalances;
    const neu = balances.find((b) => b.organisation.id === w.members.neu)!;
    expect(neu).toMatchObject({
      invoicedCents: '225000',
      paidCents: '5000',
      outstandingCents: '220000',
      openInvoices: 1,
    });
    // Every figure is the ledger: the receivables of the partnership sum to what is outstanding in total.
    const [{ receivable }] = await t.dataSource.query(
      `SELECT sum(e.amount_cents)::text AS receivable FROM ledger_entries e JOIN finance_accounts a ON a.id = e.account_id WHERE a.partnership_id = $1 AND a.kind = 'RECEIVABLE'`,
      [w.partnershipId],
    );
    expect(receivable).toBe(balances.reduce((sum, b) => sum + BigInt(b.outstandingCents), 0n).toString());
  });

  it('refuses a payment against another member’s invoice, for a non-member, or of no amount, and writes nothing', async () => {
    const w = await invoiced();
    const klein = await invoiceOf(w, 'klein');
    const before = await counts(w.partnershipId);
    const wrongMember = await pay(w, w.treasurer, {
      organisationId: w.members.gross,
      invoiceId: klein.id,
      amountCents: '100',
    });
    expect(wrongMember.errors?.[0].extensions?.fields?.invoiceId?.[0]).toMatch(/an ein anderes Mitglied gerichtet/);
    const stranger = await createOrganisation(t);
    const nonMember = await pay(w, w.treasurer, { organisationId: stranger.id, amountCents: '100' });
    expect(nonMember.errors?.[0].extensions?.fields?.organisationId).toHaveLength(1);
    for (const amountCents of ['0', '-5', '12.5', '1e3']) {
      const bad = await pay(w, w.treasurer, { organisationId: w.members.klein, amountCents });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await counts(w.partnershipId)).toEqual(before);
  });

  it('two treasurers paying in at once never produce a wrong balance', async () => {
    const w = await invoiced();
    const gross = await invoiceOf(w, 'gross');
    const amounts = Array.from({ length: 30 }, (_, i) => 1_000 + i * 7);
    const results = await Promise.all(
      amounts.map((amountCents, i) =>
        pay(w, i % 2 === 0 ? w.treasurer : w.secondTreasurer, {
          organisationId: w.members.gross,
          invoiceId: i % 3 === 0 ? null : gross.id,
          amountCents: String(amountCents),
        }),
      ),
    );
    expect(results.every((r) => r.data?.recordPayment.id)).toBe(true);
    const total = amounts.reduce((sum, a) => sum + a, 0);
    const againstInvoice = amounts.filter((_, i) => i % 3 !== 0).reduce((sum, a) => sum + a, 0);
    expect((await invoiceOf(w, 'gross')).paidCents).toBe(String(againstInvoice));
    const balance = (
      await t.ok<{
        feeMemberBalances: { paidCents: string; outstandingCents: string; organisation: { id: string } }[];
      }>(w.treasurer, BALANCES, { p: w.partnershipId })
    ).feeMemberBalances.find((b) => b.organisation.id === w.members.gross)!;
    expect(balance).toMatchObject({ paidCents: String(total), outstandingCents: String(500000 - total) });
    const [{ bank }] = await t.dataSource.query(
      `SELECT sum(e.amount_cents)::text AS bank FROM ledger_entries e JOIN finance_accounts a ON a.id = e.account_id WHERE a.partnership_id = $1 AND a.kind = 'BANK'`,
      [w.partnershipId],
    );
    expect(bank).toBe(String(total));
  });

  it('a reversed invoice is cancelled; one with payments is not reversed before they are', async () => {
    const w = await invoiced();
    const ledger = t.app.get(LedgerService);
    const reverse = (transactionId: string) =>
      t.dataSource.transaction((manager) =>
        ledger.reverse(manager, {
          partnershipId: w.partnershipId,
          transactionId,
          reason: 'Falsch berechnet',
          actorUserId: null,
          bookedOn: '2026-12-31',
        }),
      );
    const klein = await invoiceOf(w, 'klein');
    const paid = await pay(w, w.treasurer, {
      organisationId: w.members.klein,
      invoiceId: klein.id,
      amountCents: '100',
    });
    await expect(reverse(klein.transactionId)).rejects.toThrow(/has payments of €1\.00 against it/);
    const [payment] = await t.dataSource.query(`SELECT transaction_id FROM fee_payments WHERE id = $1`, [
      paid.data!.recordPayment.id,
    ]);
    await reverse(payment.transaction_id);
    await reverse(klein.transactionId);
    expect(await invoiceOf(w, 'klein')).toMatchObject({
      status: 'CANCELLED',
      amountCents: '0',
      paidCents: '0',
      outstandingCents: '0',
    });
    const late = await pay(w, w.treasurer, {
      organisationId: w.members.klein,
      invoiceId: klein.id,
      amountCents: '100',
    });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
    // A new run does not invoice the member again for that year.
    expect(
      (
        await t.ok<{ runFees: { created: number } }>(w.treasurer, RUN, {
          input: { partnershipId: w.partnershipId, year: 2026 },
        })
      ).runFees.created,
    ).toBe(0);
  });
});

describe('fees: access and tenants', () => {
  it('another partnership’s treasurer can neither read nor change these fees', async () => {
    const a = await world();
    const b = await world();
    await t.ok(a.treasurer, UPDATE, { input: masterportal(a.partnershipId) });
    await t.ok(a.treasurer, RUN, { input: { partnershipId: a.partnershipId, year: 2026 } });
    const invoice = await invoiceOf(a, 'klein');
    for (const [query, variables] of [
      [SCHEDULE, { p: a.partnershipId }],
      [PREVIEW, { p: a.partnershipId, y: 2026 }],
      [INVOICES, { p: a.partnershipId }],
      [BALANCES, { p: a.partnershipId }],
      [UPDATE, { input: masterportal(a.partnershipId) }],
      [RUN, { input: { partnershipId: a.partnershipId, year: 2027 } }],
      [
        PAY,
        {
          input: {
            partnershipId: a.partnershipId,
            organisationId: a.members.klein,
            invoiceId: invoice.id,
            amountCents: '100',
            receivedOn: '2026-03-01',
          },
        },
      ],
    ] as const) {
      const body = await t.gqlAs(b.treasurer, query, variables);
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // Through its own partnership, the invoice of another is not found.
    const crossed = await pay(b, b.treasurer, {
      organisationId: a.members.klein,
      invoiceId: invoice.id,
      amountCents: '100',
    });
    expect(crossed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await t.dataSource.query(
      `INSERT INTO memberships (partnership_id, organisation_id, status) VALUES ($1, $2, 'ACTIVE')`,
      [b.partnershipId, a.members.klein],
    );
    const foreignInvoice = await pay(b, b.treasurer, {
      organisationId: a.members.klein,
      invoiceId: invoice.id,
      amountCents: '100',
    });
    expect(foreignInvoice.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await invoiceOf(a, 'klein')).paidCents).toBe('0');
  });

  it('the community manager reads but does not manage; a representative does neither', async () => {
    const w = await world();
    const cm = await t.createUser(`cm-${n}@fees.example`, {
      roles: [{ partnershipId: w.partnershipId, role: 'COMMUNITY_MANAGER' }],
    });
    const rep = await t.createUser(`rep-${n}@fees.example`, {
      roles: [{ partnershipId: w.partnershipId, role: 'REPRESENTATIVE', organisationId: w.members.klein }],
    });
    await t.ok(w.treasurer, UPDATE, { input: masterportal(w.partnershipId) });
    expect((await t.gqlAs(cm, SCHEDULE, { p: w.partnershipId })).errors).toBeUndefined();
    expect(
      (await t.gqlAs(cm, RUN, { input: { partnershipId: w.partnershipId, year: 2026 } })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.gqlAs(rep, INVOICES, { p: w.partnershipId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await t.gqlAs(rep, PAY, {
          input: {
            partnershipId: w.partnershipId,
            organisationId: w.members.klein,
            amountCents: '1',
            receivedOn: '2026-01-01',
          },
        })
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('pages invoices with a constant number of SQL statements', async () => {
    const w = await world();
    await t.ok(w.treasurer, UPDATE, { input: masterportal(w.partnershipId) });
    await t.ok(w.treasurer, RUN, { input: { partnershipId: w.partnershipId, year: 2026 } });
    const count = async (first: number) => {
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        const page = await invoices(w, { first });
        expect(page.nodes).toHaveLength(first);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    expect(await count(1)).toBe(await count(4));
    const firstPage = await invoices(w, { first: 3 });
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const rest = await invoices(w, { first: 3, after: firstPage.pageInfo.endCursor });
    expect(rest.nodes.map((i) => i.number)).toEqual(['2026-0004']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });
});

describe('fees: demo data', () => {
  it('seeds the Geoportal-Verbund’s 2026 fee run with payments, once, and the Dorf-App schedule', async () => {
    await seedDemo(t.dataSource, { onlyIfEmpty: false });
    const rows = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*) FROM fee_invoices)::int AS invoices, (SELECT count(*) FROM fee_payments)::int AS payments, (SELECT count(*) FROM fee_tiers)::int AS tiers`,
        )
      )[0];
    const before = await rows();
    await seedDemo(t.dataSource, { onlyIfEmpty: false });
    expect(await rows()).toEqual(before);
    const [geo] = await t.dataSource.query(`SELECT id FROM partnerships WHERE slug = 'geoportal-verbund'`);
    const [dorf] = await t.dataSource.query(`SELECT id FROM partnerships WHERE slug = 'dorf-app'`);
    const treasurer = await t.signIn('kasse@geoportal-verbund.demo', 'Allmende-Demo-2026');
    const page = (
      await t.ok<{ feeInvoices: { totalCount: number; nodes: Invoice[] } }>(treasurer, INVOICES, {
        p: geo.id,
        y: 2026,
        first: 50,
      })
    ).feeInvoices;
    expect(page.totalCount).toBe(11);
    expect(page.nodes.slice(0, 3).map((i) => i.status)).toEqual(['PAID', 'PARTLY_PAID', 'OVERPAID']);
    expect(page.nodes.slice(3).every((i) => i.status === 'OPEN')).toBe(true);
    // Running 2026 again in the portal writes nothing twice.
    expect(
      (
        await t.ok<{ runFees: { created: number; existing: number } }>(treasurer, RUN, {
          input: { partnershipId: geo.id, year: 2026 },
        })
      ).runFees,
    ).toMatchObject({ created: 0, existing: 11 });
    const dorfTreasurer = await t.signIn('kasse@dorf-app.demo', 'Allmende-Demo-2026');
    const schedule = (
      await t.ok<{ feeSchedule: { tiers: { amountCents: string }[] } }>(dorfTreasurer, SCHEDULE, { p: dorf.id })
    ).feeSchedule;
    expect(schedule.tiers.map((x) => x.amountCents)).toEqual(['350000', '500000', '700000', '0']);
  });
});
