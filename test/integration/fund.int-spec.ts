import { LedgerService } from '../../server/src/finance/ledger/ledger.service';
import { seedDemo } from '../../seeds/seed';
import { DEMO_PASSWORD } from '../../seeds/demo-users';
import { createOrganisation } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';
import { votingPartnership, VotingPartnership } from './support/votes-setup';

const PURPOSES = `query($p: ID!, $all: Boolean) { fundPurposes(partnershipId: $p, includeArchived: $all) { id key labelDe labelEn position archivedAt } }`;
const CONTRIBUTE = `mutation($input: RecordFundContributionInput!) { recordFundContribution(input: $input) { id year amountCents purposeId transactionId } }`;
const PROPOSE = `mutation($input: ProposeFundAllocationInput!) { proposeFundAllocation(input: $input) { id status vote { id status } agendaItemId amountCents } }`;
const DISBURSE = `mutation($input: RecordFundDisbursementInput!) { recordFundDisbursement(input: $input) { id remainingCents transactionId } }`;
const DASHBOARD = `query($p: ID!) { fundDashboard(partnershipId: $p) {
  minimumContributionCents totalContributedCents totalAvailableCents pendingCents years
  purposes { purpose { key } contributedCents drawnCents allocatedCents disbursedCents committedCents availableCents }
  generalFund { contributedCents drawnCents availableCents }
  contributors { organisationId organisationName member amountsByYearCents amountCents basisPoints percent }
} }`;
const ALLOCATIONS = `query($p: ID!) { fundAllocations(partnershipId: $p, first: 50) { totalCount nodes {
  id title status refusalReason outcome amountCents allocatedCents disbursedCents remainingCents purpose { key } vote { id status outcome } featureRequest { number financedAt }
} } }`;

interface Pool {
  purpose: { key: string } | null;
  contributedCents: string;
  drawnCents: string;
  allocatedCents: string;
  disbursedCents: string;
  committedCents: string;
  availableCents: string;
}
interface Dashboard {
  minimumContributionCents: string;
  totalContributedCents: string;
  totalAvailableCents: string;
  pendingCents: string;
  years: number[];
  purposes: Pool[];
  generalFund: Pool;
  contributors: {
    organisationId: string;
    organisationName: string;
    member: boolean;
    amountsByYearCents: string[];
    amountCents: string;
    basisPoints: number;
    percent: string;
  }[];
}
interface Allocation {
  id: string;
  title: string;
  status: string;
  refusalReason: string | null;
  outcome: string | null;
  amountCents: string;
  allocatedCents: string;
  disbursedCents: string;
  remainingCents: string;
  purpose: { key: string };
  vote: { id: string; status: string; outcome: string | null } | null;
  featureRequest: { number: number; financedAt: string | null } | null;
}

interface Fund extends VotingPartnership {
  treasurer: string;
  purposes: Record<string, string>;
  outsiderOrg: string;
  provider: string;
}

let t: TestApp;
let n = 0;
/** Approvals are booked on the Berlin date of the vote's close. */
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

beforeAll(async () => {
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
});
afterAll(() => t.close());

async function fund(): Promise<Fund> {
  n += 1;
  const p = await votingPartnership(t, 3);
  const treasurer = await t.createUser(`kasse-${n}@fund.example`, {
    roles: [{ partnershipId: p.partnershipId, role: 'TREASURER' }],
  });
  const purposes = await t.ok<{ fundPurposes: { id: string; key: string }[] }>(treasurer, PURPOSES, {
    p: p.partnershipId,
  });
  const outsiderOrg = (await createOrganisation(t, { name: `Landesamt Außen ${n}` })).id;
  const provider = (await createOrganisation(t, { name: `Dienstleister ${n} GmbH` })).id;
  return {
    ...p,
    treasurer,
    purposes: Object.fromEntries(purposes.fundPurposes.map((x) => [x.key, x.id])),
    outsiderOrg,
    provider,
  };
}

const contribute = (f: Fund, organisationId: string, amountCents: string, extra: Record<string, unknown> = {}) =>
  t.gqlAs<{ recordFundContribution: { id: string; transactionId: string } }>(f.treasurer, CONTRIBUTE, {
    input: {
      partnershipId: f.partnershipId,
      organisationId,
      year: 2026,
      amountCents,
      receivedOn: '2026-02-01',
      ...extra,
    },
  });
const dashboard = async (f: Fund) =>
  (await t.ok<{ fundDashboard: Dashboard }>(f.treasurer, DASHBOARD, { p: f.partnershipId })).fundDashboard;
const allocations = async (f: Fund) =>
  (await t.ok<{ fundAllocations: { nodes: Allocation[] } }>(f.treasurer, ALLOCATIONS, { p: f.partnershipId }))
    .fundAllocations.nodes;
const propose = (f: Fund, purposeId: string, amountCents: string, extra: Record<string, unknown> = {}) =>
  t.gqlAs<{
    proposeFundAllocation: { id: string; status: string; vote: { id: string } | null; agendaItemId: string | null };
  }>(f.treasurer, PROPOSE, {
    input: {
      partnershipId: f.partnershipId,
      purposeId,
      title: 'Fehlerbehebungen Q2',
      amountCents,
      committeeIds: [f.committeeId],
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      ...extra,
    },
  });

async function vote(f: Fund, voteId: string, choice: 'YES' | 'NO') {
  for (const m of f.members) {
    await t.ok(m.cookie, `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`, {
      input: { voteId, membershipId: m.membershipId, choice },
    });
  }
  await t.ok(f.cm, `mutation($id: ID!) { closeVote(id: $id) { id outcome } }`, { id: voteId }).catch(() => undefined); // may have closed early
}

async function approved(f: Fund, purposeId: string, amountCents: string): Promise<string> {
  const proposal = await propose(f, purposeId, amountCents);
  if (!proposal.data) throw new Error(JSON.stringify(proposal.errors));
  await vote(f, proposal.data.proposeFundAllocation.vote!.id, 'YES');
  return proposal.data.proposeFundAllocation.id;
}

const pool = (d: Dashboard, key: string) => d.purposes.find((p) => p.purpose?.key === key) as Pool;
const counts = async () =>
  (
    await t.dataSource.query(
      `SELECT (SELECT count(*) FROM ledger_transactions)::int AS tx, (SELECT count(*) FROM fund_contributions)::int AS c, (SELECT count(*) FROM fund_allocations)::int AS a`,
    )
  )[0];

describe('development fund', () => {
  it('creates the five default purposes lazily; the treasurer adds, renames, reorders and archives purposes and sets the minimum', async () => {
    const f = await fund();
    const list = await t.ok<{ fundPurposes: { id: string; key: string; position: number }[] }>(f.treasurer, PURPOSES, {
      p: f.partnershipId,
    });
    expect(list.fundPurposes.map((p) => p.key)).toEqual([
      'issue-fixes',
      'optimisation',
      'feature-requests',
      'documentation',
      'lts-security',
    ]);
    const created = await t.ok<{ createFundPurpose: { id: string; key: string; position: number } }>(
      f.treasurer,
      `mutation($input: CreateFundPurposeInput!) { createFundPurpose(input: $input) { id key position } }`,
      { input: { partnershipId: f.partnershipId, labelDe: 'Barrierefreiheit', labelEn: 'Accessibility' } },
    );
    expect(created.createFundPurpose).toMatchObject({ key: 'accessibility', position: 6 });
    const UPDATE = `mutation($input: UpdateFundPurposeInput!) { updateFundPurpose(input: $input) { id labelDe labelEn position archivedAt } }`;
    await t.ok(f.treasurer, UPDATE, {
      input: { id: created.createFundPurpose.id, labelDe: 'Barrierefreiheit (BITV)', position: 1 },
    });
    await t.ok(f.treasurer, UPDATE, { input: { id: f.purposes.documentation, archived: true } });
    const after = await t.ok<{
      fundPurposes: { key: string; labelDe: string; position: number; archivedAt: string | null }[];
    }>(f.treasurer, PURPOSES, { p: f.partnershipId, all: true });
    expect(after.fundPurposes.map((p) => [p.key, p.position, p.archivedAt !== null])).toEqual([
      ['accessibility', 1, false],
      ['issue-fixes', 2, false],
      ['optimisation', 3, false],
      ['feature-requests', 4, false],
      ['lts-security', 5, false],
      ['documentation', 6, true],
    ]);
    const active = await t.ok<{ fundPurposes: { key: string }[] }>(f.treasurer, PURPOSES, { p: f.partnershipId });
    expect(active.fundPurposes.map((p) => p.key)).not.toContain('documentation');
    const archivedContribution = await contribute(f, f.members[0].organisationId, '100000', {
      purposeId: f.purposes.documentation,
    });
    expect(archivedContribution.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const settings = await t.ok<{ updateFundSettings: { minimumContributionCents: string } }>(
      f.treasurer,
      `mutation($input: UpdateFundSettingsInput!) { updateFundSettings(input: $input) { minimumContributionCents } }`,
      { input: { partnershipId: f.partnershipId, minimumContributionCents: '50000' } },
    );
    expect(settings.updateFundSettings.minimumContributionCents).toBe('50000');
    const bad = await t.gqlAs(
      f.treasurer,
      `mutation($input: UpdateFundSettingsInput!) { updateFundSettings(input: $input) { minimumContributionCents } }`,
      {
        input: { partnershipId: f.partnershipId, minimumContributionCents: '12.50' },
      },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a first contribution below the yearly minimum with a clear message and changes nothing; members and non-members contribute, earmarked or not', async () => {
    const f = await fund();
    const before = await counts();
    const refused = await contribute(f, f.members[0].organisationId, '99999');
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // No Accept-Language, a German treasurer: German, amounts by Intl (with a no-break space before €).
    expect(refused.errors?.[0].message).toBe(
      'Der erste Beitrag für 2026 muss mindestens den Mindestbeitrag von 1.000,00\u00a0€ erreichen, angegeben: 999,99\u00a0€',
    );
    expect(refused.errors?.[0].extensions?.fields).toEqual({ amountCents: [refused.errors?.[0].message] });
    expect(await counts()).toEqual(before);
    const wrongYear = await contribute(f, f.members[0].organisationId, '100000', { receivedOn: '2025-12-30' });
    expect(wrongYear.errors?.[0].message).toMatch(
      /^Das Eingangsdatum muss im Jahr liegen, für das der Beitrag zählt \(2026\)/,
    );

    expect((await contribute(f, f.members[0].organisationId, '100000')).errors).toBeUndefined();
    // Once the minimum is paid, a top-up in the same year may be small.
    expect(
      (await contribute(f, f.members[0].organisationId, '500', { receivedOn: '2026-06-01' })).errors,
    ).toBeUndefined();
    expect(
      (await contribute(f, f.members[1].organisationId, '200000', { purposeId: f.purposes['issue-fixes'] })).errors,
    ).toBeUndefined();
    expect(
      (await contribute(f, f.outsiderOrg, '150000', { purposeId: f.purposes['lts-security'] })).errors,
    ).toBeUndefined();
    expect(
      (await contribute(f, f.members[1].organisationId, '100000', { year: 2025, receivedOn: '2025-05-05' })).errors,
    ).toBeUndefined();

    const d = await dashboard(f);
    expect(d.minimumContributionCents).toBe('100000');
    expect(d.totalContributedCents).toBe('550500');
    expect(d.totalAvailableCents).toBe('550500');
    expect(d.generalFund).toMatchObject({ contributedCents: '200500', availableCents: '200500' });
    expect(pool(d, 'issue-fixes')).toMatchObject({
      contributedCents: '200000',
      availableCents: '200000',
      allocatedCents: '0',
    });
    expect(pool(d, 'lts-security')).toMatchObject({ contributedCents: '150000' });
    expect(d.years).toEqual([2025, 2026]);
    expect(d.contributors.find((c) => c.organisationId === f.members[1].organisationId)).toMatchObject({
      member: true,
      amountsByYearCents: ['100000', '200000'],
    });
    expect(d.contributors.find((c) => c.organisationId === f.members[0].organisationId)).toMatchObject({
      amountsByYearCents: ['0', '100500'],
    });
    expect(d.contributors.find((c) => c.organisationId === f.outsiderOrg)).toMatchObject({
      member: false,
      amountCents: '150000',
    });
    expect(d.contributors.reduce((s, x) => s + x.basisPoints, 0)).toBe(10000);
    expect(d.contributors[0]).toMatchObject({
      organisationId: f.members[1].organisationId,
      amountCents: '300000',
      basisPoints: 5449,
      percent: '54.49',
    });
    // Every figure is a sum over the ledger: the fund accounts' balances agree.
    const [{ fund: ledgerFund }] = await t.dataSource.query(
      `SELECT (-sum(balance_cents))::text AS fund FROM ledger_account_balances WHERE partnership_id = $1 AND kind = 'FUND'`,
      [f.partnershipId],
    );
    expect(ledgerFund).toBe(d.totalAvailableCents);
  });

  it('an allocation accepted by the committee is booked earmarked first, then from the general fund; a rejected one is not', async () => {
    const f = await fund();
    await contribute(f, f.members[0].organisationId, '300000', { purposeId: f.purposes['issue-fixes'] });
    await contribute(f, f.members[1].organisationId, '500000');
    // More than the purpose plus the general fund can give: refused, nothing proposed.
    const tooMuch = await propose(f, f.purposes['issue-fixes'], '800001');
    expect(tooMuch.errors?.[0].message).toMatch(/können noch 8\.000,00\s€ geben.*angefragt: 8\.000,01\s€/);
    const id = await approved(f, f.purposes['issue-fixes'], '450000');
    let [a] = await allocations(f);
    expect(a).toMatchObject({
      id,
      status: 'APPROVED',
      outcome: 'ACCEPTED',
      allocatedCents: '450000',
      disbursedCents: '0',
      remainingCents: '450000',
      vote: { status: 'CLOSED', outcome: 'ACCEPTED' },
    });
    const d = await dashboard(f);
    expect(pool(d, 'issue-fixes')).toMatchObject({
      contributedCents: '300000',
      drawnCents: '300000',
      allocatedCents: '450000',
      committedCents: '450000',
      availableCents: '0',
    });
    expect(d.generalFund).toMatchObject({ drawnCents: '150000', availableCents: '350000' });

    // Pending proposals count against what a new one may ask for.
    const pending = await propose(f, f.purposes.documentation, '300000');
    expect(pending.errors).toBeUndefined();
    const second = await propose(f, f.purposes.optimisation, '50001');
    expect(second.errors?.[0].message).toMatch(/können noch 500,00\s€ geben/);
    expect((await dashboard(f)).pendingCents).toBe('300000');
    await vote(f, pending.data!.proposeFundAllocation.vote!.id, 'NO');
    [a] = await allocations(f);
    expect(a).toMatchObject({ status: 'REJECTED', refusalReason: 'VOTE', outcome: 'REJECTED', allocatedCents: '0' });
    expect((await dashboard(f)).generalFund.availableCents).toBe('350000');
  });

  it('re-checks at approval: accepted but the money ran out → REJECTED with INSUFFICIENT_FUNDS, nothing booked', async () => {
    const f = await fund();
    const c = await contribute(f, f.members[0].organisationId, '200000');
    const proposal = await propose(f, f.purposes.optimisation, '150000');
    // The contribution is reversed (a booking error) while the vote runs.
    await t.dataSource.transaction((m) =>
      t.app.get(LedgerService).reverse(m, {
        partnershipId: f.partnershipId,
        transactionId: c.data!.recordFundContribution.transactionId,
        reason: 'Fehlbuchung',
        actorUserId: null,
        bookedOn: '2026-02-02',
      }),
    );
    await vote(f, proposal.data!.proposeFundAllocation.vote!.id, 'YES');
    const [a] = await allocations(f);
    expect(a).toMatchObject({
      status: 'REJECTED',
      refusalReason: 'INSUFFICIENT_FUNDS',
      outcome: 'ACCEPTED',
      allocatedCents: '0',
    });
  });

  it('a session agenda item with subject FUND_ALLOCATION opens the vote that decides it', async () => {
    const f = await fund();
    await contribute(f, f.members[0].organisationId, '200000');
    const session = await t.ok<{ planSession: { id: string } }>(
      f.cm,
      `mutation($input: PlanSessionInput!) { planSession(input: $input) { id } }`,
      {
        input: {
          committeeId: f.committeeId,
          title: 'Sitzung',
          startsAt: new Date(Date.now() - 3600_000).toISOString(),
          endsAt: new Date(Date.now() + 3600_000).toISOString(),
          agenda: [],
        },
      },
    );
    const sessionId = session.planSession.id;
    const proposal = await propose(f, f.purposes.documentation, '120000', {
      committeeIds: null,
      deadline: null,
      sessionId,
    });
    expect(proposal.errors).toBeUndefined();
    const agendaItemId = proposal.data!.proposeFundAllocation.agendaItemId as string;
    await t.ok(f.cm, `mutation($id: ID!) { startSession(id: $id) { id } }`, { id: sessionId });
    for (const m of f.members)
      await t.ok(f.cm, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        input: { sessionId, membershipId: m.membershipId, present: true },
      });
    const opened = await t.ok<{ openVote: { id: string } }>(
      f.cm,
      `mutation($input: OpenVoteInput!) { openVote(input: $input) { id } }`,
      { input: { agendaItemId, fundamental: false } },
    );
    await vote(f, opened.openVote.id, 'YES');
    const [a] = await allocations(f);
    expect(a).toMatchObject({ status: 'APPROVED', allocatedCents: '120000', vote: { id: opened.openVote.id } });
  });

  it('disbursements never exceed the allocation, also two at once; the approval cannot be reversed while they remain', async () => {
    const f = await fund();
    await contribute(f, f.members[0].organisationId, '1000000');
    const id = await approved(f, f.purposes['feature-requests'], '600000');
    const disburse = (amountCents: string) =>
      t.gqlAs<{ recordFundDisbursement: { remainingCents: string; transactionId: string } }>(f.treasurer, DISBURSE, {
        input: { allocationId: id, providerOrganisationId: f.provider, amountCents, paidOn: berlinToday() },
      });
    const first = await disburse('200000');
    if (!first.data) throw new Error(JSON.stringify(first.errors));
    expect(first.data?.recordFundDisbursement.remainingCents).toBe('400000');
    const over = await disburse('400001');
    expect(over.errors?.[0].message).toBe(
      'Von dieser Zuweisung sind höchstens noch 4.000,00\u00a0€ auszuzahlen, angegeben: 4.000,01\u00a0€',
    );
    // Two treasurers pay 300,000 at once: only one fits.
    const both = await Promise.all([disburse('300000'), disburse('300000')]);
    expect(both.filter((b) => b.data).length).toBe(1);
    expect(both.filter((b) => b.errors?.[0].extensions?.code === 'BAD_USER_INPUT').length).toBe(1);
    let [a] = await allocations(f);
    expect(a).toMatchObject({ allocatedCents: '600000', disbursedCents: '500000', remainingCents: '100000' });
    const [{ over: exceeded }] = await t.dataSource.query(
      `SELECT count(*)::int AS over FROM fund_allocations f WHERE (SELECT coalesce(sum(amount_cents), 0) FROM fund_disbursements d WHERE d.allocation_id = f.id) > f.amount_cents`,
    );
    expect(exceeded).toBe(0);

    const ledger = t.app.get(LedgerService);
    const reverse = (transactionId: string) =>
      t.dataSource.transaction((m) =>
        ledger.reverse(m, {
          partnershipId: f.partnershipId,
          transactionId,
          reason: 'Korrektur',
          actorUserId: null,
          bookedOn: berlinToday(),
        }),
      );
    const [{ transaction_id: approval }] = await t.dataSource.query(
      `SELECT transaction_id FROM fund_allocations WHERE id = $1`,
      [id],
    );
    await expect(reverse(approval)).rejects.toThrow(/€5,000\.00 were paid out against this allocation/);
    // A reversed disbursement frees its money again.
    await reverse(first.data!.recordFundDisbursement.transactionId);
    [a] = await allocations(f);
    expect(a).toMatchObject({ disbursedCents: '300000', remainingCents: '300000' });
    const d = await dashboard(f);
    expect(pool(d, 'feature-requests')).toMatchObject({
      allocatedCents: '600000',
      disbursedCents: '300000',
      committedCents: '300000',
    });
    // An allocated contribution cannot be reversed either: the fund would go below zero.
    const [{ id: contribution }] = await t.dataSource.query(
      `SELECT transaction_id AS id FROM fund_contributions WHERE partnership_id = $1`,
      [f.partnershipId],
    );
    await expect(reverse(contribution)).rejects.toThrow(/cannot be reversed/);
  });

  it('an approved allocation to a request funded by the development fund finances it', async () => {
    const f = await fund();
    const po = await t.createUser(`po-fund-${n}@fund.example`, {
      roles: [{ partnershipId: f.partnershipId, role: 'PRODUCT_OWNER' }],
    });
    await t.ok(
      f.cm,
      `mutation($input: ChooseWorkflowTemplateInput!) { chooseWorkflowTemplate(input: $input) { template } }`,
      { input: { partnershipId: f.partnershipId, template: 'MASTERPORTAL' } },
    );
    const submitted = await t.ok<{ submitFeatureRequest: { id: string } }>(
      f.members[0].cookie,
      `mutation($input: SubmitFeatureRequestInput!) { submitFeatureRequest(input: $input) { id } }`,
      {
        input: {
          partnershipId: f.partnershipId,
          title: 'Druckmodul',
          description: '',
          kind: 'FEATURE',
          target: 'CORE',
          fundingRoute: 'DEVELOPMENT_FUND',
        },
      },
    );
    const requestId = submitted.submitFeatureRequest.id;
    const MOVE = `mutation($input: TransitionFeatureRequestInput!) { transitionFeatureRequest(input: $input) { id stage } }`;
    await t.ok(f.members[0].cookie, MOVE, { input: { requestId, to: 'ASSESSMENT' } });
    await t.ok(po, `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`, {
      input: { requestId, feasible: true, coreCapable: true, notes: 'ok' },
    });
    await t.ok(po, MOVE, { input: { requestId, to: 'FINANCING' } });
    await contribute(f, f.members[1].organisationId, '900000', { purposeId: f.purposes['feature-requests'] });
    const proposal = await propose(f, f.purposes['feature-requests'], '800000', {
      featureRequestId: requestId,
      title: 'Druckmodul',
    });
    expect(proposal.errors).toBeUndefined();
    await vote(f, proposal.data!.proposeFundAllocation.vote!.id, 'YES');
    const [a] = await allocations(f);
    expect(a.status).toBe('APPROVED');
    expect(a.featureRequest?.financedAt).not.toBeNull();
  });

  it('keeps each partnership’s fund to itself: another partnership’s treasurer can neither read nor change it; members without FINANCE_READ cannot read it', async () => {
    const mine = await fund();
    const other = await fund();
    await contribute(mine, mine.members[0].organisationId, '1000000');
    const id = await approved(mine, mine.purposes['issue-fixes'], '100000');
    const before = await counts();
    const read = await t.gqlAs(other.treasurer, DASHBOARD, { p: mine.partnershipId });
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(read)).not.toContain('1000000');
    for (const [query, variables] of [
      [
        CONTRIBUTE,
        {
          input: {
            partnershipId: mine.partnershipId,
            organisationId: other.members[0].organisationId,
            year: 2026,
            amountCents: '100000',
            receivedOn: '2026-01-02',
          },
        },
      ],
      [
        DISBURSE,
        {
          input: { allocationId: id, providerOrganisationId: other.provider, amountCents: '100', paidOn: '2026-12-01' },
        },
      ],
      [ALLOCATIONS, { p: mine.partnershipId }],
      [
        `mutation($input: UpdateFundPurposeInput!) { updateFundPurpose(input: $input) { id } }`,
        { input: { id: mine.purposes['issue-fixes'], labelDe: 'Gekapert' } },
      ],
    ] as const) {
      const body = await t.gqlAs(other.treasurer, query, variables as Record<string, unknown>);
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // Using its own partnership id with my purpose: the purpose is not found there.
    const crossPurpose = await t.gqlAs(other.treasurer, CONTRIBUTE, {
      input: {
        partnershipId: other.partnershipId,
        organisationId: other.members[0].organisationId,
        year: 2026,
        amountCents: '100000',
        receivedOn: '2026-01-02',
        purposeId: mine.purposes['issue-fixes'],
      },
    });
    expect(crossPurpose.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    const member = await t.gqlAs(mine.members[0].cookie, DASHBOARD, { p: mine.partnershipId });
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const cm = await t.gqlAs<{ fundDashboard: Dashboard }>(mine.cm, DASHBOARD, { p: mine.partnershipId });
    expect(cm.data?.fundDashboard.totalContributedCents).toBe('1000000');
    const cmWrite = await contribute({ ...mine, treasurer: mine.cm }, mine.members[0].organisationId, '100000');
    expect(cmWrite.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('seeds the Geoportal-Verbund’s fund idempotently: contributions 2023–2026, an approved allocation with its closed vote, a disbursement', async () => {
    await seedDemo(t.dataSource, { onlyIfEmpty: false });
    const ledger = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*) FROM ledger_entries)::int AS entries, (SELECT count(*) FROM fund_allocations)::int AS allocations`,
        )
      )[0];
    const first = await ledger();
    await seedDemo(t.dataSource, { onlyIfEmpty: false });
    expect(await ledger()).toEqual(first);
    const kasse = await t.signIn('kasse@geoportal-verbund.demo', DEMO_PASSWORD);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM partnerships WHERE slug = 'geoportal-verbund'`);
    const d = (await t.ok<{ fundDashboard: Dashboard }>(kasse, DASHBOARD, { p: id })).fundDashboard;
    expect(d.years).toEqual([2023, 2024, 2025, 2026]);
    expect(d.contributors.some((c) => !c.member)).toBe(true);
    expect(d.contributors.reduce((s, x) => s + x.basisPoints, 0)).toBe(10000);
    const list = (await t.ok<{ fundAllocations: { nodes: Allocation[] } }>(kasse, ALLOCATIONS, { p: id }))
      .fundAllocations.nodes;
    expect(
      list.some((a) => a.status === 'APPROVED' && a.vote?.outcome === 'ACCEPTED' && BigInt(a.disbursedCents) > 0n),
    ).toBe(true);
    const [{ unbalanced }] = await t.dataSource.query(
      `SELECT count(*)::int AS unbalanced FROM (SELECT transaction_id FROM ledger_entries WHERE partnership_id = $1 GROUP BY transaction_id HAVING sum(amount_cents) <> 0) x`,
      [id],
    );
    expect(unbalanced).toBe(0);
  });
});
