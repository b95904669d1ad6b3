import { createOrganisation } from './support/fixtures';
import { createTestApp, GraphQLBody, TestApp } from './support/test-app';
import { votingPartnership, VotingPartnership } from './support/votes-setup';

const AGREEMENT = `query($id: ID!) { costAgreement(id: $id) {
  id status totalCents currentVersion recurring year financedAt
  request { id number financedAt }
  provider { id }
  shares { organisation { id } amountCents exactCents roundedUp savedCents }
  comparison { organisation { id } beforeCents afterCents changeCents }
  versions { version method reason transactionId shares { organisation { id } amountCents } }
  contracts { id status version decidedAt declineReason viewerCanSign organisation { id } decidedBy { email } }
} }`;

interface Agreement {
  id: string;
  status: string;
  totalCents: string;
  currentVersion: number;
  financedAt: string | null;
  request: { id: string; number: number; financedAt: string | null } | null;
  shares: {
    organisation: { id: string };
    amountCents: string;
    exactCents: string;
    roundedUp: boolean;
    savedCents: string;
  }[];
  comparison: {
    organisation: { id: string };
    beforeCents: string | null;
    afterCents: string | null;
    changeCents: string;
  }[];
  versions: {
    version: number;
    method: string;
    reason: string;
    transactionId: string | null;
    shares: { organisation: { id: string }; amountCents: string }[];
  }[];
  contracts: {
    id: string;
    status: string;
    version: number;
    decidedAt: string | null;
    declineReason: string | null;
    viewerCanSign: boolean;
    organisation: { id: string };
    decidedBy: { email: string } | null;
  }[];
}

interface World extends VotingPartnership {
  treasurer: string;
  providerId: string;
  requestId: string;
}

let t: TestApp;
let n = 0;

beforeAll(async () => {
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
});
afterAll(() => t.close());

const code = (body: GraphQLBody<unknown>) => body.errors?.[0]?.extensions?.code;

/** Three members; a request in financing with an offer of 10,000.00 EUR from a provider; members 1 co-funds, 2 will use, 0 supports. */
async function world(): Promise<World> {
  n += 1;
  const p = await votingPartnership(t, 3);
  const treasurer = await t.createUser(`kasse-${n}@agreements.example`, {
    roles: [{ partnershipId: p.partnershipId, role: 'TREASURER' }],
  });
  const provider = await createOrganisation(t, { name: `Dienstleister ${n}`, kind: 'IT_SERVICE_PROVIDER' });
  const submitted = await t.ok<{ submitFeatureRequest: { id: string } }>(
    p.members[0].cookie,
    `mutation($input: SubmitFeatureRequestInput!) { submitFeatureRequest(input: $input) { id } }`,
    {
      input: {
        partnershipId: p.partnershipId,
        title: `Kartenmodul ${n}`,
        kind: 'FEATURE',
        target: 'CORE',
        fundingRoute: 'ALL_MEMBERS',
      },
    },
  );
  const requestId = submitted.submitFeatureRequest.id;
  const declare = (i: number, kind: string, coFundUpToCents?: string) =>
    t.ok(p.members[i].cookie, `mutation($input: DeclareInterestInput!) { declareInterest(input: $input) { id } }`, {
      input: { requestId, kind, coFundUpToCents },
    });
  await declare(0, 'SUPPORT');
  await declare(2, 'WILL_USE');
  await declare(1, 'WILL_CO_FUND', '500000');
  // The request's path through its workflow is tested in feature-requests.int-spec.ts; here it starts in financing.
  await t.dataSource.query(
    `UPDATE feature_requests SET stage = 'FINANCING', amount_cents = 1000000, provider_organisation_id = $2 WHERE id = $1`,
    [requestId, provider.id],
  );
  return { ...p, treasurer, providerId: provider.id, requestId };
}

const create = (w: World, extra: Record<string, unknown> = {}) =>
  t
    .ok<{ createCostAgreement: { id: string } }>(
      w.treasurer,
      `mutation($input: CreateCostAgreementInput!) { createCostAgreement(input: $input) { id } }`,
      {
        input: { partnershipId: w.partnershipId, featureRequestId: w.requestId, method: 'EQUAL', ...extra },
      },
    )
    .then((d) => d.createCostAgreement.id);
const detail = (cookie: string, id: string) =>
  t.ok<{ costAgreement: Agreement }>(cookie, AGREEMENT, { id }).then((d) => d.costAgreement);
const send = (w: World, id: string) =>
  t.ok(w.treasurer, `mutation($id: ID!) { sendCostAgreement(id: $id) { id status } }`, { id });
const sign = (cookie: string, contractId: string) =>
  t.gqlAs<{ signCostContract: { status: string } }>(
    cookie,
    `mutation($id: ID!) { signCostContract(id: $id) { status } }`,
    { id: contractId },
  );
const contractOf = (a: Agreement, organisationId: string) =>
  a.contracts.find((c) => c.organisation.id === organisationId)!;
const sum = (values: string[]) => values.reduce((s, v) => s + BigInt(v), 0n);

async function receivables(partnershipId: string, transactionId: string) {
  const rows: { organisation_id: string; amount_cents: string; kind: string }[] = await t.dataSource.query(
    `SELECT a.organisation_id, a.kind, e.amount_cents FROM ledger_entries e JOIN finance_accounts a ON a.id = e.account_id WHERE e.transaction_id = $1 AND e.partnership_id = $2 ORDER BY a.kind, e.amount_cents`,
    [transactionId, partnershipId],
  );
  return rows;
}

describe('cost-sharing agreements', () => {
  it('create from the offer and the interest → send → every representative signs → financed, posted, request financed', async () => {
    const w = await world();
    const preview = await t.ok<{
      previewCostSplit: {
        totalCents: string;
        shares: { organisation: { id: string }; amountCents: string; exactCents: string }[];
      };
    }>(
      w.treasurer,
      `query($input: PreviewCostSplitInput!) { previewCostSplit(input: $input) { totalCents shares { organisation { id } amountCents exactCents } } }`,
      { input: { partnershipId: w.partnershipId, featureRequestId: w.requestId, method: 'EQUAL' } },
    );
    // Co-funders first, then will use, then support.
    expect(preview.previewCostSplit.shares.map((s) => s.organisation.id)).toEqual([
      w.members[1].organisationId,
      w.members[2].organisationId,
      w.members[0].organisationId,
    ]);
    expect(sum(preview.previewCostSplit.shares.map((s) => s.amountCents))).toBe(1_000_000n);
    expect(preview.previewCostSplit.shares[0].exactCents).toBe('1000000/3');
    // The preview writes nothing.
    expect(
      (
        await t.dataSource.query(`SELECT count(*)::int AS c FROM cost_agreements WHERE partnership_id = $1`, [
          w.partnershipId,
        ])
      )[0].c,
    ).toBe(0);

    const id = await create(w);
    let a = await detail(w.treasurer, id);
    expect(a).toMatchObject({ status: 'DRAFT', totalCents: '1000000', provider: { id: w.providerId } });
    expect(a.shares.map((s) => s.amountCents)).toEqual(preview.previewCostSplit.shares.map((s) => s.amountCents));
    expect(a.shares.map((s) => BigInt(s.savedCents) + BigInt(s.amountCents))).toEqual([
      1_000_000n,
      1_000_000n,
      1_000_000n,
    ]);
    expect(a.contracts.every((c) => c.status === 'DRAFT')).toBe(true);
    // A second agreement for the same request is refused.
    const again = await t.gqlAs(
      w.treasurer,
      `mutation($input: CreateCostAgreementInput!) { createCostAgreement(input: $input) { id } }`,
      {
        input: { partnershipId: w.partnershipId, featureRequestId: w.requestId, method: 'EQUAL' },
      },
    );
    expect(code(again)).toBe('CONFLICT');
    // Not signable before it is sent.
    expect(code(await sign(w.members[0].cookie, contractOf(a, w.members[0].organisationId).id))).toBe('CONFLICT');

    await send(w, id);
    const [{ mails }] = await t.dataSource.query(
      `SELECT count(*)::int AS mails FROM outbox_mails WHERE subject LIKE 'Kostenteilung zur Unterschrift%' AND recipient LIKE 'rep-%@votes.example' AND body LIKE '%' || $1 || '%'`,
      ['Kartenmodul'],
    );
    expect(mails).toBeGreaterThanOrEqual(3);

    // The treasurer cannot sign for a member, nor one member's representative for another.
    a = await detail(w.members[0].cookie, id);
    const own = contractOf(a, w.members[0].organisationId);
    expect(own.viewerCanSign).toBe(true);
    expect(contractOf(a, w.members[1].organisationId).viewerCanSign).toBe(false);
    expect(code(await sign(w.treasurer, own.id))).toBe('FORBIDDEN');
    const foreign = await sign(w.members[1].cookie, own.id);
    expect(code(foreign)).toBe('FORBIDDEN');
    expect(foreign.errors?.[0].message).toMatch(/^Nur eine Vertretung von .* darf ihren Vertrag unterschreiben/);

    for (const m of w.members.slice(0, 2))
      expect((await sign(m.cookie, contractOf(a, m.organisationId).id)).data?.signCostContract.status).toBe('SENT');
    expect(code(await sign(w.members[0].cookie, own.id))).toBe('CONFLICT');
    expect(
      (await sign(w.members[2].cookie, contractOf(a, w.members[2].organisationId).id)).data?.signCostContract.status,
    ).toBe('FINANCED');

    a = await detail(w.treasurer, id);
    expect(a.status).toBe('FINANCED');
    expect(a.request?.financedAt).toBeTruthy();
    expect(
      a.contracts.every((c) => c.status === 'SIGNED' && c.decidedAt && c.decidedBy?.email.startsWith('rep-')),
    ).toBe(true);
    const transactionId = a.versions[0].transactionId!;
    const [tx] = await t.dataSource.query(
      `SELECT kind, source_type, source_id FROM ledger_transactions WHERE id = $1`,
      [transactionId],
    );
    expect(tx).toEqual({ kind: 'COST_SHARE', source_type: 'COST_AGREEMENT', source_id: id });
    const entries = await receivables(w.partnershipId, transactionId);
    expect(entries.filter((e) => e.kind === 'PAYABLE')).toEqual([
      { organisation_id: w.providerId, kind: 'PAYABLE', amount_cents: '-1000000' },
    ]);
    const owed = entries.filter((e) => e.kind === 'RECEIVABLE');
    expect(Object.fromEntries(owed.map((e) => [e.organisation_id, e.amount_cents]))).toEqual(
      Object.fromEntries(a.shares.map((s) => [s.organisation.id, s.amountCents])),
    );
    // The posting of a financed agreement is not reversed by hand.
    const reversal = await t.gqlAs(
      w.treasurer,
      `mutation($input: ReverseLedgerTransactionInput!) { reverseLedgerTransaction(input: $input) { id } }`,
      {
        input: { transactionId, reason: 'Versehen', bookedOn: new Date().toISOString().slice(0, 10) },
      },
    );
    if (!/Unknown type|Cannot query field/.test(reversal.errors?.[0]?.message ?? ''))
      expect(reversal.errors?.[0]?.message).toMatch(/teilen Sie die Vereinbarung neu auf/);
  });

  it('a participant declines; the treasurer re-splits among the rest and everyone sees before and after', async () => {
    const w = await world();
    const id = await create(w, { method: 'POPULATION' });
    await send(w, id);
    let a = await detail(w.members[2].cookie, id);
    const declined = await t.gqlAs(
      w.members[2].cookie,
      `mutation($input: DeclineCostContractInput!) { declineCostContract(input: $input) { id } }`,
      {
        input: { id: contractOf(a, w.members[2].organisationId).id, reason: 'Kein Haushalt 2027' },
      },
    );
    expect(declined.errors).toBeUndefined();
    await sign(w.members[0].cookie, contractOf(a, w.members[0].organisationId).id);
    a = await detail(w.treasurer, id);
    expect(a.status).toBe('SENT');
    const before = Object.fromEntries(a.shares.map((s) => [s.organisation.id, BigInt(s.amountCents)]));

    // Only the treasurer re-splits.
    const byMember = await t.gqlAs(
      w.members[0].cookie,
      `mutation($input: ResplitCostAgreementInput!) { resplitCostAgreement(input: $input) { id } }`,
      { input: { id, reason: 'x' } },
    );
    expect(code(byMember)).toBe('FORBIDDEN');
    await t.ok(
      w.treasurer,
      `mutation($input: ResplitCostAgreementInput!) { resplitCostAgreement(input: $input) { id currentVersion } }`,
      { input: { id, reason: 'Gemeinde 3 trägt nicht mit' } },
    );

    a = await detail(w.members[1].cookie, id);
    expect(a.currentVersion).toBe(2);
    expect(a.versions.map((v) => [v.version, v.method, v.reason])).toEqual([
      [1, 'POPULATION', ''],
      [2, 'POPULATION', 'Gemeinde 3 trägt nicht mit'],
    ]);
    expect(sum(a.shares.map((s) => s.amountCents))).toBe(1_000_000n);
    expect(a.shares.map((s) => s.organisation.id).sort()).toEqual(
      [w.members[0].organisationId, w.members[1].organisationId].sort(),
    );
    const change = Object.fromEntries(a.comparison.map((c) => [c.organisation.id, c]));
    expect(change[w.members[2].organisationId]).toMatchObject({
      beforeCents: before[w.members[2].organisationId].toString(),
      afterCents: null,
    });
    for (const m of w.members.slice(0, 2)) {
      expect(BigInt(change[m.organisationId].afterCents!)).toBeGreaterThan(before[m.organisationId]);
      expect(BigInt(change[m.organisationId].beforeCents!)).toBe(before[m.organisationId]);
    }
    // The remaining contracts went out again (the earlier signature is void); the decline stays on record.
    expect(contractOf(a, w.members[0].organisationId)).toMatchObject({ status: 'SENT', version: 2, decidedAt: null });
    expect(contractOf(a, w.members[2].organisationId)).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Kein Haushalt 2027',
    });
    for (const m of w.members.slice(0, 2)) await sign(m.cookie, contractOf(a, m.organisationId).id);
    a = await detail(w.treasurer, id);
    expect(a.status).toBe('FINANCED');
    const owed = (await receivables(w.partnershipId, a.versions[1].transactionId!)).filter(
      (e) => e.kind === 'RECEIVABLE',
    );
    expect(owed.map((e) => e.organisation_id).sort()).toEqual(
      [w.members[0].organisationId, w.members[1].organisationId].sort(),
    );
  });

  it('refuses splits it cannot make, with what is wrong and what is allowed, and changes nothing', async () => {
    const w = await world();
    const preview = (input: Record<string, unknown>) =>
      t.gqlAs(w.treasurer, `query($input: PreviewCostSplitInput!) { previewCostSplit(input: $input) { totalCents } }`, {
        input: { partnershipId: w.partnershipId, totalCents: '1000', ...input },
      });
    const [a, b] = w.members.map((m) => m.organisationId);
    const fixed = await preview({
      method: 'FIXED',
      participants: [
        { organisationId: a, amountCents: '600' },
        { organisationId: b, amountCents: '300' },
      ],
    });
    expect(fixed.errors?.[0].extensions?.fields?.participants?.[0]).toMatch(
      /ergeben 900 Cent, 100 Cent weniger als die Summe von 1000 Cent/,
    );
    await t.dataSource.query(`UPDATE organisations SET population = NULL WHERE id = $1`, [b]);
    const population = await preview({
      method: 'POPULATION',
      participants: [{ organisationId: a }, { organisationId: b }],
    });
    expect(population.errors?.[0].extensions?.fields?.method?.[0]).toMatch(/ist keine erfasst/);
    const fee = await preview({ method: 'FEE', year: 2031, participants: [{ organisationId: a }] });
    expect(fee.errors?.[0].extensions?.fields?.method?.[0]).toMatch(/Beitragsrechnung für das Jahr der Vereinbarung/);
    const outsider = await createOrganisation(t);
    const stranger = await preview({ method: 'EQUAL', participants: [{ organisationId: outsider.id }] });
    expect(stranger.errors?.[0].extensions?.fields?.participants?.[0]).toMatch(/nur aktive Mitglieder/);
    const percent = await preview({
      method: 'PERCENTAGES',
      participants: [
        { organisationId: a, weight: 2500 },
        { organisationId: b, weight: 7500 },
      ],
    });
    expect(percent.errors).toBeUndefined();
  });

  it('two last signatures at the same time finance the agreement once', async () => {
    const w = await world();
    const id = await create(w, {
      participants: w.members.slice(0, 2).map((m) => ({ organisationId: m.organisationId })),
    });
    await send(w, id);
    const a = await detail(w.treasurer, id);
    const results = await Promise.all(
      w.members.slice(0, 2).map((m) => sign(m.cookie, contractOf(a, m.organisationId).id)),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(results.map((r) => r.data?.signCostContract.status).sort()).toEqual(['FINANCED', 'SENT']);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM ledger_transactions WHERE source_type = 'COST_AGREEMENT' AND source_id = $1`,
      [id],
    );
    expect(count).toBe(1);
  });

  it('splits by each member’s annual fee of the chosen year (the fee_invoices of that year)', async () => {
    const w = await world();
    // Invoices as the fee run writes them (its own tests cover the run); a transaction row to point at.
    const fees = [350_000, 700_000, 500_000];
    for (const [i, m] of w.members.entries()) {
      const [tx] = await t.dataSource.query(
        `INSERT INTO ledger_transactions (partnership_id, kind, booked_on, description) VALUES ($1, 'FEE_INVOICE', '2027-01-15', 'Beitrag') RETURNING id`,
        [w.partnershipId],
      );
      await t.dataSource.query(
        `INSERT INTO fee_invoices (partnership_id, organisation_id, year, number, amount_cents, issued_on, due_on, explanation, transaction_id) VALUES ($1, $2, 2027, $3, $4, '2027-01-15', '2027-02-15', '{}', $5)`,
        [w.partnershipId, m.organisationId, `2027-000${i + 1}`, fees[i], tx.id],
      );
    }
    const body = await t.ok<{
      previewCostSplit: { shares: { organisation: { id: string }; amountCents: string; basis: string }[] };
    }>(
      w.treasurer,
      `query($input: PreviewCostSplitInput!) { previewCostSplit(input: $input) { shares { organisation { id } amountCents basis } } }`,
      {
        input: {
          partnershipId: w.partnershipId,
          totalCents: '900000',
          method: 'FEE',
          year: 2027,
          participants: w.members.map((m) => ({ organisationId: m.organisationId })),
        },
      },
    );
    expect(body.previewCostSplit.shares.map((s) => [s.basis, s.amountCents])).toEqual([
      ['350000', '203226'],
      ['700000', '406452'],
      ['500000', '290322'],
    ]);
  });

  it('shows a representative only the agreements its organisation takes part in', async () => {
    const w = await world();
    const id = await create(w, {
      participants: [{ organisationId: w.members[0].organisationId }, { organisationId: w.members[1].organisationId }],
    });
    const list = (cookie: string) =>
      t.ok<{ costAgreements: { totalCount: number; nodes: { id: string }[] } }>(
        cookie,
        `query($p: ID!) { costAgreements(partnershipId: $p) { totalCount nodes { id } } }`,
        { p: w.partnershipId },
      );
    expect((await list(w.members[0].cookie)).costAgreements.nodes.map((x) => x.id)).toEqual([id]);
    expect((await list(w.members[2].cookie)).costAgreements.totalCount).toBe(0);
    expect(code(await t.gqlAs(w.members[2].cookie, AGREEMENT, { id }))).toBe('FORBIDDEN');
    expect((await list(w.cm)).costAgreements.totalCount).toBe(1);
  });

  it('keeps another partnership’s treasurer out', async () => {
    const w = await world();
    const other = await world();
    const id = await create(w);
    expect(code(await t.gqlAs(other.treasurer, AGREEMENT, { id }))).toBe('FORBIDDEN');
    expect(
      code(await t.gqlAs(other.treasurer, `mutation($id: ID!) { sendCostAgreement(id: $id) { id } }`, { id })),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await t.gqlAs(other.treasurer, `query($p: ID!) { costAgreements(partnershipId: $p) { totalCount } }`, {
          p: w.partnershipId,
        }),
      ),
    ).toBe('FORBIDDEN');
    const foreign = await t.gqlAs(
      other.treasurer,
      `mutation($input: CreateCostAgreementInput!) { createCostAgreement(input: $input) { id } }`,
      {
        input: { partnershipId: other.partnershipId, featureRequestId: w.requestId, method: 'EQUAL' },
      },
    );
    expect(code(foreign)).toBe('NOT_FOUND');
    expect((await detail(w.treasurer, id)).status).toBe('DRAFT');
  });
});

describe('paying the provider of a financed agreement', () => {
  const PAY = `mutation($input: RecordProviderPaymentInput!) { recordProviderPayment(input: $input) { id paidToProviderCents owedToProviderCents } }`;
  const BALANCE = `query($id: ID!) { costAgreement(id: $id) { paidToProviderCents owedToProviderCents } }`;
  const today = () => new Date().toISOString().slice(0, 10);
  const pay = (cookie: string, agreementId: string, amountCents: string, extra: Record<string, unknown> = {}) =>
    t.gqlAs<{ recordProviderPayment: { paidToProviderCents: string; owedToProviderCents: string } }>(cookie, PAY, {
      input: { agreementId, amountCents, paidOn: today(), ...extra },
    });
  const balance = (cookie: string, id: string) =>
    t
      .ok<{ costAgreement: { paidToProviderCents: string; owedToProviderCents: string } }>(cookie, BALANCE, { id })
      .then((d) => d.costAgreement);
  const payments = (id: string) =>
    t.dataSource.query(
      `SELECT id, kind, counterparty_organisation_id, booked_on::text AS booked_on FROM ledger_transactions WHERE source_type = 'COST_AGREEMENT' AND source_id = $1 AND kind = 'PROVIDER_PAYMENT' ORDER BY created_at`,
      [id],
    );

  /** A financed agreement of 10,000.00 EUR between the first two members. */
  async function financed(w: World): Promise<string> {
    const id = await create(w, {
      participants: w.members.slice(0, 2).map((m) => ({ organisationId: m.organisationId })),
    });
    await send(w, id);
    const a = await detail(w.treasurer, id);
    for (const m of w.members.slice(0, 2)) await sign(m.cookie, contractOf(a, m.organisationId).id);
    return id;
  }

  it('pays part, then the rest; refuses more than is owed with nothing changed; a payment can be reversed, the cost share not', async () => {
    const w = await world();
    const id = await financed(w);
    expect(await balance(w.treasurer, id)).toEqual({ paidToProviderCents: '0', owedToProviderCents: '1000000' });

    const part = await pay(w.treasurer, id, '400000', { note: 'Rechnung 2026-17' });
    expect(part.errors).toBeUndefined();
    expect(part.data?.recordProviderPayment).toMatchObject({
      paidToProviderCents: '400000',
      owedToProviderCents: '600000',
    });
    const [first] = await payments(id);
    expect(first).toMatchObject({ counterparty_organisation_id: w.providerId, booked_on: today() });
    const entries = await receivables(w.partnershipId, first.id);
    expect(entries).toEqual([
      { organisation_id: null, kind: 'BANK', amount_cents: '-400000' },
      { organisation_id: w.providerId, kind: 'PAYABLE', amount_cents: '400000' },
    ]);
    // A member taking part sees the figures too.
    expect(await balance(w.members[0].cookie, id)).toEqual({
      paidToProviderCents: '400000',
      owedToProviderCents: '600000',
    });

    const over = await pay(w.treasurer, id, '600001');
    expect(code(over)).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0].extensions?.fields?.amountCents?.[0]).toBe(
      `Höchstens 6.000,00\u00a0€ sind für diese Vereinbarung noch an Dienstleister ${n} zu zahlen, angegeben: 6.000,01\u00a0€`,
    );
    const early = await pay(w.treasurer, id, '100', { paidOn: '2020-01-01' });
    expect(early.errors?.[0].extensions?.fields?.paidOn?.[0]).toMatch(
      /^Eine Zahlung an den Anbieter kann nicht vor der Finanzierung der Vereinbarung \(\d{4}-\d{2}-\d{2}\) gebucht werden, angegeben: 2020-01-01$/,
    );
    expect(await payments(id)).toHaveLength(1);
    expect(await balance(w.treasurer, id)).toEqual({ paidToProviderCents: '400000', owedToProviderCents: '600000' });

    const rest = await pay(w.treasurer, id, '600000');
    expect(rest.data?.recordProviderPayment).toMatchObject({
      paidToProviderCents: '1000000',
      owedToProviderCents: '0',
    });
    expect(code(await pay(w.treasurer, id, '1'))).toBe('BAD_USER_INPUT');

    // Reversing a payment is allowed (the provider is owed it again); the agreement's cost share posting stays protected.
    const reverse = (transactionId: string) =>
      t.gqlAs(
        w.treasurer,
        `mutation($input: ReverseLedgerTransactionInput!) { reverseLedgerTransaction(input: $input) { id } }`,
        { input: { transactionId, reason: 'Doppelt überwiesen', bookedOn: today() } },
      );
    expect((await reverse(first.id)).errors).toBeUndefined();
    expect(await balance(w.treasurer, id)).toEqual({ paidToProviderCents: '600000', owedToProviderCents: '400000' });
    const costShare = (await detail(w.treasurer, id)).versions[0].transactionId!;
    expect((await reverse(costShare)).errors?.[0].message).toMatch(/teilen Sie die Vereinbarung neu auf/);
    const [{ unbalanced }] = await t.dataSource.query(
      `SELECT count(*)::int AS unbalanced FROM (SELECT transaction_id FROM ledger_entries WHERE partnership_id = $1 GROUP BY transaction_id HAVING sum(amount_cents) <> 0) x`,
      [w.partnershipId],
    );
    expect(unbalanced).toBe(0);
  });

  it('two payments at the same time never pay more than is owed', async () => {
    const w = await world();
    const id = await financed(w);
    const results = await Promise.all([pay(w.treasurer, id, '700000'), pay(w.treasurer, id, '700000')]);
    expect(results.map((r) => (r.errors ? code(r) : 'OK')).sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    expect(await payments(id)).toHaveLength(1);
    expect(await balance(w.treasurer, id)).toEqual({ paidToProviderCents: '700000', owedToProviderCents: '300000' });
  });

  it('pays only the provider of a financed agreement, and only its own partnership’s treasurer', async () => {
    const other = await world();
    const draft = await create(other);
    const refused = await pay(other.treasurer, draft, '100');
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toBe(
      'Nur der Anbieter einer finanzierten Vereinbarung wird bezahlt; diese Vereinbarung ist ein Entwurf',
    );
    expect(await payments(draft)).toHaveLength(0);
    expect(await balance(other.treasurer, draft)).toEqual({ paidToProviderCents: '0', owedToProviderCents: '0' });

    // Another partnership's treasurer and a member's representative cannot pay.
    const w = await world();
    const id = await financed(w);
    expect(code(await pay(other.treasurer, id, '100'))).toBe('FORBIDDEN');
    expect(code(await pay(w.members[0].cookie, id, '100'))).toBe('FORBIDDEN');
    expect(await payments(id)).toHaveLength(0);
  });
});

describe('module catalogue and recurring agreements', () => {
  it('each share falls as the group grows, and rises when a member leaves: the year’s posting is reversed and posted anew', async () => {
    const w = await world();
    const year = new Date().getUTCFullYear();
    const created = await t.ok<{ createModule: { id: string } }>(
      w.cm,
      `mutation($input: CreateModuleInput!) { createModule(input: $input) { id } }`,
      {
        input: {
          partnershipId: w.partnershipId,
          name: 'Mängelmelder',
          description: 'Meldungen an die Verwaltung',
          annualCostCents: '1200000',
          providerOrganisationId: w.providerId,
        },
      },
    );
    const moduleId = created.createModule.id;
    const use = (i: number, inUse: boolean) =>
      t.ok(w.cm, `mutation($input: SetModuleUseInput!) { setModuleUse(input: $input) { id } }`, {
        input: { moduleId, organisationId: w.members[i].organisationId, inUse },
      });
    await use(0, true);
    await use(1, true);
    await use(1, true); // switching it on twice is one use
    const renew = () =>
      t
        .ok<{ renewRecurringAgreements: { created: number; agreements: { id: string }[] } }>(
          w.treasurer,
          `mutation($input: RenewRecurringAgreementsInput!) { renewRecurringAgreements(input: $input) { created agreements { id } } }`,
          {
            input: { partnershipId: w.partnershipId, year },
          },
        )
        .then((d) => d.renewRecurringAgreements);
    const first = await renew();
    expect(first.created).toBe(1);
    expect((await renew()).created).toBe(0);
    const id = first.agreements[0].id;
    let a = await detail(w.treasurer, id);
    expect(a.shares.map((s) => s.amountCents)).toEqual(['600000', '600000']);
    expect(a.status).toBe('FINANCED');

    await use(2, true);
    a = await detail(w.treasurer, id);
    expect(a.currentVersion).toBe(2);
    expect(a.shares.map((s) => s.amountCents)).toEqual(['400000', '400000', '400000']);
    expect(a.comparison.filter((c) => c.beforeCents).every((c) => BigInt(c.changeCents) === -200000n)).toBe(true);
    const [old] = await t.dataSource.query(`SELECT id FROM ledger_transactions WHERE reverses_id = $1`, [
      a.versions[0].transactionId,
    ]);
    expect(old).toBeTruthy();
    // Net per member over every COST_AGREEMENT posting of this agreement = the current split.
    const net: { organisation_id: string; cents: string }[] = await t.dataSource.query(
      `SELECT a.organisation_id, sum(e.amount_cents)::text AS cents FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id JOIN finance_accounts a ON a.id = e.account_id
        WHERE t.source_type = 'COST_AGREEMENT' AND t.source_id = $1 AND a.kind = 'RECEIVABLE' GROUP BY a.organisation_id`,
      [id],
    );
    expect(net.map((r) => r.cents)).toEqual(['400000', '400000', '400000']);

    await use(0, false);
    a = await detail(w.treasurer, id);
    expect(a.currentVersion).toBe(3);
    expect(a.shares.map((s) => s.amountCents)).toEqual(['600000', '600000']);
    // When the last user leaves, the year's split stands (its maintenance was committed) until someone joins.
    await use(1, false);
    await use(2, false);
    a = await detail(w.treasurer, id);
    expect(a.currentVersion).toBe(4);
    expect(a.shares.map((s) => s.amountCents)).toEqual(['1200000']);
    await use(1, true);
    a = await detail(w.treasurer, id);
    expect(a.currentVersion).toBe(5);
    expect(a.shares.map((s) => s.organisation.id)).toEqual([w.members[1].organisationId]);
    const catalogue = await t.ok<{
      modules: { name: string; uses: { organisation: { id: string }; until: string | null }[] }[];
    }>(
      w.members[0].cookie,
      `query($p: ID!) { modules(partnershipId: $p) { name uses { organisation { id } until } } }`,
      { p: w.partnershipId },
    );
    expect(catalogue.modules[0].uses).toHaveLength(4);
    expect(catalogue.modules[0].uses.filter((u) => u.until)).toHaveLength(3);
    // A member's representative cannot change the catalogue.
    expect(
      code(
        await t.gqlAs(
          w.members[0].cookie,
          `mutation($input: SetModuleUseInput!) { setModuleUse(input: $input) { id } }`,
          { input: { moduleId, organisationId: w.members[0].organisationId, inUse: true } },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('a member that leaves the partnership stops using its modules; the year’s split is redone among the rest, and the ledger balances', async () => {
    const w = await world();
    const year = new Date().getUTCFullYear();
    const created = await t.ok<{ createModule: { id: string } }>(
      w.cm,
      `mutation($input: CreateModuleInput!) { createModule(input: $input) { id } }`,
      {
        input: {
          partnershipId: w.partnershipId,
          name: 'Terminbuchung',
          annualCostCents: '1200000',
          providerOrganisationId: w.providerId,
        },
      },
    );
    const moduleId = created.createModule.id;
    for (const m of w.members) {
      await t.ok(w.cm, `mutation($input: SetModuleUseInput!) { setModuleUse(input: $input) { id } }`, {
        input: { moduleId, organisationId: m.organisationId, inUse: true },
      });
    }
    const renewed = await t.ok<{ renewRecurringAgreements: { agreements: { id: string }[] } }>(
      w.treasurer,
      `mutation($input: RenewRecurringAgreementsInput!) { renewRecurringAgreements(input: $input) { agreements { id } } }`,
      { input: { partnershipId: w.partnershipId, year } },
    );
    const id = renewed.renewRecurringAgreements.agreements[0].id;
    expect((await detail(w.treasurer, id)).shares.map((s) => s.amountCents)).toEqual(['400000', '400000', '400000']);

    const leaver = w.members[2];
    const left = await t.gqlAs<{ updateMembership: { status: string; leftOn: string } }>(
      w.cm,
      `mutation($id: ID!, $input: UpdateMembershipInput!) { updateMembership(id: $id, input: $input) { status leftOn } }`,
      { id: leaver.membershipId, input: { status: 'LEFT' } },
    );
    expect(left.errors).toBeUndefined();
    const leftOn = left.data!.updateMembership.leftOn;

    const a = await detail(w.treasurer, id);
    expect(a.currentVersion).toBe(2);
    expect(Object.fromEntries(a.shares.map((s) => [s.organisation.id, s.amountCents]))).toEqual({
      [w.members[0].organisationId]: '600000',
      [w.members[1].organisationId]: '600000',
    });
    expect(Object.fromEntries(a.comparison.map((c) => [c.organisation.id, c.changeCents]))).toEqual({
      [w.members[0].organisationId]: '200000',
      [w.members[1].organisationId]: '200000',
      [leaver.organisationId]: '-400000',
    });
    const [use] = await t.dataSource.query(
      `SELECT until::text AS until FROM module_uses WHERE module_id = $1 AND organisation_id = $2`,
      [moduleId, leaver.organisationId],
    );
    expect(use.until).toBe(leftOn);

    // Net per member over the agreement's postings is the new split; every transaction balances; the provider is owed the total once.
    const net: { kind: string; organisation_id: string; cents: string }[] = await t.dataSource.query(
      `SELECT a.kind, a.organisation_id, sum(e.amount_cents)::text AS cents FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id JOIN finance_accounts a ON a.id = e.account_id
        WHERE t.source_type = 'COST_AGREEMENT' AND t.source_id = $1 GROUP BY a.kind, a.organisation_id`,
      [id],
    );
    const byOrganisation = Object.fromEntries(net.map((r) => [`${r.kind}:${r.organisation_id}`, r.cents]));
    expect(byOrganisation).toEqual({
      [`RECEIVABLE:${w.members[0].organisationId}`]: '600000',
      [`RECEIVABLE:${w.members[1].organisationId}`]: '600000',
      [`RECEIVABLE:${leaver.organisationId}`]: '0',
      [`PAYABLE:${w.providerId}`]: '-1200000',
    });
    const [{ unbalanced, total }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM (SELECT transaction_id FROM ledger_entries WHERE partnership_id = $1 GROUP BY transaction_id HAVING sum(amount_cents) <> 0) x) AS unbalanced,
              (SELECT coalesce(sum(amount_cents), 0)::text FROM ledger_entries WHERE partnership_id = $1) AS total`,
      [w.partnershipId],
    );
    expect({ unbalanced, total }).toEqual({ unbalanced: 0, total: '0' });
  });
});
