import { createOrganisation } from './support/fixtures';
import { createTestApp, GraphQLBody, TestApp } from './support/test-app';
import { votingPartnership, VotingPartnership } from './support/votes-setup';

/**
 * A randomised run of many money operations through the GraphQL API (contributions, allocations decided by votes,
 * disbursements, agreements signed, declined and re-split, module users joining and leaving, fee runs, payments,
 * reversals, and invalid attempts of each), checked against a model the test keeps itself and against the books:
 * every transaction balances, every report equals the sum of its entries, no disbursement exceeds its allocation,
 * no refused operation changed anything, and no cent went missing. FINANCE_RANDOM_OPS and FINANCE_RANDOM_SEED
 * override the size and seed; a failure prints the seed to replay it.
 */
const OPS = Number(process.env.FINANCE_RANDOM_OPS ?? 10_000);
const SEED = Number(process.env.FINANCE_RANDOM_SEED ?? 20261201);

/** mulberry32: a small seeded generator, so a failing run can be replayed exactly. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
});
afterAll(() => t.close());

const code = (body: GraphQLBody<unknown>) => body.errors?.[0]?.extensions?.code as string | undefined;

const CONTRIBUTE = `mutation($input: RecordFundContributionInput!) { recordFundContribution(input: $input) { id transactionId } }`;
const PROPOSE = `mutation($input: ProposeFundAllocationInput!) { proposeFundAllocation(input: $input) { id status vote { id } } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`;
const CLOSE = `mutation($id: ID!) { closeVote(id: $id) { id } }`;
const ALLOCATION_STATUS = `query($p: ID!) { fundAllocations(partnershipId: $p, first: 100) { nodes { id status amountCents disbursedCents remainingCents } } }`;
const DISBURSE = `mutation($input: RecordFundDisbursementInput!) { recordFundDisbursement(input: $input) { id transactionId remainingCents } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`;
const RUN_FEES = `mutation($input: RunFeesInput!) { runFees(input: $input) { created existing totalCents } }`;
const INVOICES = `query($p: ID!, $after: String) { feeInvoices(partnershipId: $p, first: 100, after: $after) {
  nodes { id organisation { id } year amountCents paidCents outstandingCents status } pageInfo { hasNextPage endCursor } } }`;
const REVERSE = `mutation($input: ReverseLedgerTransactionInput!) { reverseLedgerTransaction(input: $input) { id } }`;
const CREATE_AGREEMENT = `mutation($input: CreateCostAgreementInput!) { createCostAgreement(input: $input) { id } }`;
const SEND = `mutation($id: ID!) { sendCostAgreement(id: $id) { id status } }`;
const SIGN = `mutation($id: ID!) { signCostContract(id: $id) { id status } }`;
const DECLINE = `mutation($input: DeclineCostContractInput!) { declineCostContract(input: $input) { id status } }`;
const RESPLIT = `mutation($input: ResplitCostAgreementInput!) { resplitCostAgreement(input: $input) { id status } }`;
const AGREEMENT = `query($id: ID!) { costAgreement(id: $id) { id status
  contracts { id status version organisation { id } }
  versions { version transactionId shares { organisation { id } amountCents } } } }`;
const AGREEMENTS = `query($p: ID!) { costAgreements(partnershipId: $p, first: 100) { nodes { id status provider { id }
  versions { version transactionId shares { organisation { id } amountCents } } } } }`;
const CREATE_MODULE = `mutation($input: CreateModuleInput!) { createModule(input: $input) { id } }`;
const MODULE_USE = `mutation($input: SetModuleUseInput!) { setModuleUse(input: $input) { id } }`;
const RENEW = `mutation($input: RenewRecurringAgreementsInput!) { renewRecurringAgreements(input: $input) { __typename } }`;
const BALANCES = `query($p: ID!) { accountBalances(partnershipId: $p) { code kind balanceCents } }`;
const DASHBOARD = `query($p: ID!) { fundDashboard(partnershipId: $p) { totalContributedCents totalAvailableCents
  purposes { purpose { id } contributedCents allocatedCents disbursedCents availableCents } generalFund { contributedCents availableCents } } }`;
const STATEMENT = `query($p: ID!, $o: ID!, $y: Int!) { memberStatement(partnershipId: $p, organisationId: $o, year: $y) {
  openingBalanceCents feesCents costSharesCents paymentsCents otherCents closingBalanceCents fundContributionsCents lines { amountCents } contributions { amountCents } } }`;

interface Movement {
  transactionId: string;
  bank: bigint;
  receivable: { organisationId: string; cents: bigint } | null;
  contribution: bigint;
  allocationId?: string;
  disbursement?: bigint;
  /** For a contribution: its purpose or 'GENERAL'. */
  pool?: string;
  bookedOn: string;
  /** For a contribution: contributor and year. */
  contributorYear?: string;
  reversed: boolean;
  kind: 'CONTRIBUTION' | 'PAYMENT' | 'DISBURSEMENT' | 'ALLOCATION';
}

describe(`a randomised run of ${OPS} money operations (seed ${SEED})`, () => {
  it('keeps the books balanced, every report equal to its entries, every allocation covering its disbursements, and every cent accounted for', async () => {
    const rnd = generator(SEED);
    const world: VotingPartnership = await votingPartnership(t, 6);
    const p = world.partnershipId;
    const treasurer = await t.createUser(`kasse@random-finance.example`, {
      roles: [{ partnershipId: p, role: 'TREASURER' }],
    });
    const outsiders = [
      await createOrganisation(t, { name: 'Landesamt Zufall', kind: 'STATE' }),
      await createOrganisation(t, { name: 'Stadtwerke Zufall', kind: 'MUNICIPAL_COMPANY' }),
    ];
    const provider = await createOrganisation(t, { name: 'Dienstleister Zufall', kind: 'IT_SERVICE_PROVIDER' });
    const members = world.members.map((m) => m.organisationId);
    const contributors = [...members, ...outsiders.map((o) => o.id)];
    const years = [2024, 2025, 2026];
    const dateIn = (year: number) =>
      `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;

    await t.ok(
      treasurer,
      `mutation($input: UpdateFeeScheduleInput!) { updateFeeSchedule(input: $input) { __typename } }`,
      {
        input: {
          partnershipId: p,
          baseYear: 2024,
          indexationBasisPoints: 300,
          indexationStartYear: 2025,
          rounding: 'EURO',
          proRata: 'NONE',
          tiers: [{ label: 'Alle', kinds: ['MUNICIPALITY'], amountCents: '250000' }],
        },
      },
    );
    const purposes = (
      await t.ok<{ fundPurposes: { id: string }[] }>(
        treasurer,
        `query($p: ID!) { fundPurposes(partnershipId: $p) { id } }`,
        { p },
      )
    ).fundPurposes.map((x) => x.id);
    // Requests ready to be financed; how a request gets there is feature-requests.int-spec.ts's business.
    const requests: string[] = [];
    for (let i = 0; i < 12; i++) {
      const submitted = await t.ok<{ submitFeatureRequest: { id: string } }>(
        world.members[i % 6].cookie,
        `mutation($input: SubmitFeatureRequestInput!) { submitFeatureRequest(input: $input) { id } }`,
        {
          input: {
            partnershipId: p,
            title: `Zufallsvorhaben ${i + 1}`,
            kind: 'FEATURE',
            target: 'CORE',
            fundingRoute: 'ALL_MEMBERS',
          },
        },
      );
      requests.push(submitted.submitFeatureRequest.id);
    }
    await t.dataSource.query(
      `UPDATE feature_requests SET stage = 'FINANCING', amount_cents = 100000 + number * 7919, provider_organisation_id = $2 WHERE partnership_id = $1`,
      [p, provider.id],
    );
    const moduleIds: string[] = [];
    for (const name of ['Parkraum', 'Abfall']) {
      moduleIds.push(
        (
          await t.ok<{ createModule: { id: string } }>(treasurer, CREATE_MODULE, {
            input: {
              partnershipId: p,
              name,
              annualCostCents: String(rnd.int(100000, 900000)),
              providerOrganisationId: provider.id,
            },
          })
        ).createModule.id,
      );
    }

    // The model: what the test itself expects, from the amounts it chose.
    let bank = 0n;
    const receivable = new Map<string, bigint>();
    const movements: Movement[] = [];
    const contributedIn = new Map<string, bigint>();
    const allocations: {
      id: string;
      purposeId: string;
      amount: bigint;
      disbursed: bigint;
      approved: boolean;
      drawn: [string, bigint][];
    }[] = [];
    const agreements: { id: string; requestId: string; state: 'DRAFT' | 'SENT' | 'FINANCED' }[] = [];
    const moduleUsers = new Map<string, Set<string>>(moduleIds.map((id) => [id, new Set<string>()]));
    // Fund money not yet allocated, per earmarked purpose and in the general fund ('GENERAL').
    const pools = new Map<string, bigint>();
    const draw = (pool: string, cents: bigint) => pools.set(pool, (pools.get(pool) ?? 0n) - cents);
    const availableFor = (purposeId: string) => (pools.get(purposeId) ?? 0n) + (pools.get('GENERAL') ?? 0n);
    const counts = { refused: 0, done: 0 };
    const ledgerSize = async (): Promise<number> =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM ledger_transactions WHERE partnership_id = $1`, [p]))[0]
        .n;
    const minimum = 100000n;
    // Allocations and disbursements are booked on the day they happen (the allocation when its vote closes).
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

    /** A refused operation: the error is a clear user error, and the books did not change. */
    async function refused(
      body: GraphQLBody<unknown>,
      before: number,
      allowed: string[] = ['BAD_USER_INPUT', 'CONFLICT'],
    ) {
      expect({ seed: SEED, code: code(body), message: body.errors?.[0]?.message }).toEqual({
        seed: SEED,
        code: expect.stringMatching(new RegExp(`^(${allowed.join('|')})$`)),
        message: expect.any(String),
      });
      expect((body.errors?.[0]?.message ?? '').length).toBeGreaterThan(10);
      expect(await ledgerSize()).toBe(before);
      counts.refused += 1;
    }

    const operations: [number, () => Promise<void>][] = [
      [
        26,
        async () => {
          const organisationId = rnd.pick(contributors);
          const year = rnd.pick(years);
          const key = `${organisationId}:${year}`;
          const amount = BigInt(rnd.chance(0.15) ? rnd.int(1, 99999) : rnd.int(100000, 600000));
          const purposeId = rnd.chance(0.6) ? rnd.pick(purposes) : null;
          const before = await ledgerSize();
          const bookedOn = dateIn(year);
          const body = await t.gqlAs<{ recordFundContribution: { id: string; transactionId: string } }>(
            treasurer,
            CONTRIBUTE,
            {
              input: {
                partnershipId: p,
                organisationId,
                year,
                amountCents: String(amount),
                purposeId,
                receivedOn: bookedOn,
              },
            },
          );
          // A contributor's first contribution of a year (net of reversals) must reach the minimum.
          if ((contributedIn.get(key) ?? 0n) <= 0n && amount < minimum)
            return refused(body, before, ['BAD_USER_INPUT']);
          expect({ seed: SEED, errors: body.errors }).toEqual({ seed: SEED, errors: undefined });
          contributedIn.set(key, (contributedIn.get(key) ?? 0n) + amount);
          bank += amount;
          draw(purposeId ?? 'GENERAL', -amount);
          movements.push({
            kind: 'CONTRIBUTION',
            transactionId: body.data!.recordFundContribution.transactionId,
            bank: amount,
            receivable: null,
            contribution: amount,
            pool: purposeId ?? 'GENERAL',
            bookedOn,
            contributorYear: key,
            reversed: false,
          });
        },
      ],
      [
        24,
        async () => {
          const organisationId = rnd.pick(members);
          const amount = BigInt(rnd.int(1, 300000));
          const bookedOn = dateIn(rnd.pick(years));
          const body = await t.ok<{ recordPayment: { id: string } }>(treasurer, PAY, {
            input: { partnershipId: p, organisationId, amountCents: String(amount), receivedOn: bookedOn },
          });
          const [{ id }] = await t.dataSource.query(
            `SELECT id FROM ledger_transactions WHERE source_id = $1 AND kind = 'PAYMENT'`,
            [body.recordPayment.id],
          );
          bank += amount;
          receivable.set(organisationId, (receivable.get(organisationId) ?? 0n) - amount);
          movements.push({
            kind: 'PAYMENT',
            transactionId: id,
            bank: amount,
            receivable: { organisationId, cents: -amount },
            contribution: 0n,
            bookedOn,
            reversed: false,
          });
        },
      ],
      [
        4,
        async () => {
          const purposeId = rnd.pick(purposes);
          const amount = BigInt(rnd.int(10000, 400000));
          const before = await ledgerSize();
          const body = await t.gqlAs<{ proposeFundAllocation: { id: string; vote: { id: string } } }>(
            treasurer,
            PROPOSE,
            {
              input: {
                partnershipId: p,
                purposeId,
                title: `Zuweisung ${allocations.length + 1}`,
                amountCents: String(amount),
                committeeIds: [world.committeeId],
                deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
              },
            },
          );
          if (amount > availableFor(purposeId)) return refused(body, before);
          expect({ seed: SEED, errors: body.errors }).toEqual({ seed: SEED, errors: undefined });
          const accept = rnd.chance(0.75);
          for (const m of world.members)
            await t.ok(m.cookie, CAST, {
              input: {
                voteId: body.data!.proposeFundAllocation.vote.id,
                membershipId: m.membershipId,
                choice: accept ? 'YES' : 'NO',
              },
            });
          await t.gqlAs(world.cm, CLOSE, { id: body.data!.proposeFundAllocation.vote.id }); // may have closed early already
          const status = (
            await t.ok<{ fundAllocations: { nodes: { id: string; status: string }[] } }>(treasurer, ALLOCATION_STATUS, {
              p,
            })
          ).fundAllocations.nodes.find((a) => a.id === body.data!.proposeFundAllocation.id)!.status;
          expect({ seed: SEED, status }).toEqual({ seed: SEED, status: accept ? 'APPROVED' : 'REJECTED' });
          // The purpose's earmarked money first, then the general fund.
          const earmarked = pools.get(purposeId) ?? 0n;
          const fromPurpose = accept ? (earmarked < amount ? (earmarked > 0n ? earmarked : 0n) : amount) : 0n;
          const drawn: [string, bigint][] = accept
            ? (
                [
                  [purposeId, fromPurpose],
                  ['GENERAL', amount - fromPurpose],
                ] as [string, bigint][]
              ).filter(([, c]) => c > 0n)
            : [];
          for (const [pool, cents] of drawn) draw(pool, cents);
          allocations.push({
            id: body.data!.proposeFundAllocation.id,
            purposeId,
            amount,
            disbursed: 0n,
            approved: accept,
            drawn,
          });
          if (accept) {
            const [{ id }] = await t.dataSource.query(
              `SELECT id FROM ledger_transactions WHERE source_id = $1 AND kind = 'FUND_ALLOCATION'`,
              [body.data!.proposeFundAllocation.id],
            );
            movements.push({
              kind: 'ALLOCATION',
              transactionId: id,
              bank: 0n,
              receivable: null,
              contribution: 0n,
              allocationId: body.data!.proposeFundAllocation.id,
              bookedOn: today,
              reversed: false,
            });
          }
        },
      ],
      [
        12,
        async () => {
          const open = allocations.filter((a) => a.approved);
          if (open.length === 0) return;
          const allocation = rnd.pick(open);
          const remaining = allocation.amount - allocation.disbursed;
          const amount = rnd.chance(0.2)
            ? remaining + BigInt(rnd.int(1, 50000))
            : BigInt(rnd.int(1, Math.max(1, Number(remaining))));
          const before = await ledgerSize();
          const body = await t.gqlAs<{ recordFundDisbursement: { transactionId: string; remainingCents: string } }>(
            treasurer,
            DISBURSE,
            {
              input: {
                allocationId: allocation.id,
                providerOrganisationId: provider.id,
                amountCents: String(amount),
                paidOn: today,
              },
            },
          );
          if (amount > remaining || remaining === 0n) return refused(body, before);
          expect({ seed: SEED, errors: body.errors }).toEqual({ seed: SEED, errors: undefined });
          allocation.disbursed += amount;
          expect(body.data!.recordFundDisbursement.remainingCents).toBe(
            String(allocation.amount - allocation.disbursed),
          );
          bank -= amount;
          movements.push({
            kind: 'DISBURSEMENT',
            transactionId: body.data!.recordFundDisbursement.transactionId,
            bank: -amount,
            receivable: null,
            contribution: 0n,
            allocationId: allocation.id,
            disbursement: amount,
            bookedOn: today,
            reversed: false,
          });
        },
      ],
      [
        8,
        async () => {
          if (movements.length === 0) return;
          const movement = rnd.pick(movements);
          const before = await ledgerSize();
          const body = await t.gqlAs<{ reverseLedgerTransaction: { id: string } }>(treasurer, REVERSE, {
            input: {
              transactionId: movement.transactionId,
              reason: 'Fehlbuchung im Zufallslauf',
              bookedOn: movement.bookedOn,
            },
          });
          const allocation = movement.allocationId
            ? allocations.find((a) => a.id === movement.allocationId)
            : undefined;
          // Refused: a second reversal, an allocation already (partly) paid out, and a contribution whose money
          // the fund has already allocated.
          const blocked =
            movement.reversed ||
            (movement.kind === 'ALLOCATION' && allocation!.disbursed > 0n) ||
            (movement.kind === 'CONTRIBUTION' && (pools.get(movement.pool!) ?? 0n) < movement.contribution);
          if (blocked) return refused(body, before);
          expect({ seed: SEED, errors: body.errors }).toEqual({ seed: SEED, errors: undefined });
          movement.reversed = true;
          bank -= movement.bank;
          if (movement.receivable)
            receivable.set(
              movement.receivable.organisationId,
              (receivable.get(movement.receivable.organisationId) ?? 0n) - movement.receivable.cents,
            );
          if (movement.kind === 'CONTRIBUTION') {
            draw(movement.pool!, movement.contribution);
            contributedIn.set(
              movement.contributorYear!,
              contributedIn.get(movement.contributorYear!)! - movement.contribution,
            );
          }
          if (movement.kind === 'DISBURSEMENT') allocation!.disbursed -= movement.disbursement!;
          if (movement.kind === 'ALLOCATION') {
            allocation!.approved = false;
            for (const [pool, cents] of allocation!.drawn) draw(pool, -cents);
          }
        },
      ],
      [
        2,
        async () => {
          await t.ok(treasurer, RUN_FEES, { input: { partnershipId: p, year: rnd.pick(years) } });
        },
      ],
      [
        6,
        async () => {
          const candidates = requests.filter((id) => !agreements.some((a) => a.requestId === id));
          if (candidates.length === 0) return;
          const participants = members.filter(() => rnd.chance(0.6));
          if (participants.length === 0) participants.push(members[0]);
          const method = rnd.pick(['EQUAL', 'POPULATION', 'WEIGHTS']);
          const body = await t.ok<{ createCostAgreement: { id: string } }>(treasurer, CREATE_AGREEMENT, {
            input: {
              partnershipId: p,
              featureRequestId: rnd.pick(candidates),
              method,
              participants: participants.map((organisationId) => ({
                organisationId,
                ...(method === 'WEIGHTS' ? { weight: rnd.int(1, 9) } : {}),
              })),
            },
          });
          const requestId = (
            await t.dataSource.query(`SELECT feature_request_id FROM cost_agreements WHERE id = $1`, [
              body.createCostAgreement.id,
            ])
          )[0].feature_request_id;
          agreements.push({ id: body.createCostAgreement.id, requestId, state: 'DRAFT' });
        },
      ],
      [
        8,
        async () => {
          const open = agreements.filter((a) => a.state !== 'FINANCED');
          if (open.length === 0) return;
          const agreement = rnd.pick(open);
          if (agreement.state === 'DRAFT') {
            await t.ok(treasurer, SEND, { id: agreement.id });
            agreement.state = 'SENT';
            return;
          }
          const view = (
            await t.ok<{
              costAgreement: {
                status: string;
                contracts: { id: string; status: string; organisation: { id: string } }[];
              };
            }>(treasurer, AGREEMENT, { id: agreement.id })
          ).costAgreement;
          const pending = view.contracts.filter((c) => c.status === 'SENT');
          if (view.contracts.some((c) => c.status === 'DECLINED') || pending.length === 0) {
            const remaining = view.contracts
              .filter((c) => c.status !== 'DECLINED')
              .map((c) => ({ organisationId: c.organisation.id }));
            const before = await ledgerSize();
            const body = await t.gqlAs(treasurer, RESPLIT, {
              input: {
                id: agreement.id,
                method: 'EQUAL',
                participants: remaining,
                reason: 'Neu aufgeteilt nach Absage',
              },
            });
            if (remaining.length === 0) return refused(body, before);
            expect({ seed: SEED, errors: body.errors }).toEqual({ seed: SEED, errors: undefined });
            return;
          }
          const contract = rnd.pick(pending);
          const member = world.members.find((m) => m.organisationId === contract.organisation.id)!;
          // The treasurer cannot sign for a member.
          const before = await ledgerSize();
          if (rnd.chance(0.05))
            return refused(await t.gqlAs(treasurer, SIGN, { id: contract.id }), before, ['FORBIDDEN']);
          if (rnd.chance(0.1) && view.contracts.length > 1) {
            await t.ok(member.cookie, DECLINE, { input: { id: contract.id, reason: 'Kein Budget in diesem Jahr' } });
            return;
          }
          await t.ok(member.cookie, SIGN, { id: contract.id });
          if (pending.length === 1) agreement.state = 'FINANCED';
        },
      ],
      [
        6,
        async () => {
          const moduleId = rnd.pick(moduleIds);
          const organisationId = rnd.pick(members);
          const users = moduleUsers.get(moduleId)!;
          const inUse = !users.has(organisationId);
          await t.ok(treasurer, MODULE_USE, { input: { moduleId, organisationId, inUse, on: '2026-06-01' } });
          if (inUse) users.add(organisationId);
          else users.delete(organisationId);
        },
      ],
      [
        2,
        async () => {
          await t.ok(treasurer, RENEW, { input: { partnershipId: p, year: 2026 } });
        },
      ],
    ];
    const totalWeight = operations.reduce((sum, [w]) => sum + w, 0);
    const ran = new Map<number, number>();
    for (let i = 0; i < OPS; i++) {
      let roll = rnd.next() * totalWeight;
      const index = Math.max(
        0,
        operations.findIndex(([w]) => (roll -= w) < 0),
      );
      await operations[index][1]();
      ran.set(index, (ran.get(index) ?? 0) + 1);
      counts.done += 1;
    }
    // The run exercised every kind of operation, refusals included, and left money in every kind of place.
    if (OPS >= 1000) {
      expect(operations.map((_, i) => (ran.get(i) ?? 0) > 0)).toEqual(operations.map(() => true));
      expect(counts.refused).toBeGreaterThan(0);
      expect(allocations.some((a) => a.approved && a.disbursed > 0n)).toBe(true);
      expect(agreements.some((a) => a.state === 'FINANCED')).toBe(true);
      expect(movements.some((m) => m.reversed)).toBe(true);
    }

    // 1. Every transaction of the run balances and has at least two entries.
    const unbalanced = await t.dataSource.query(
      `SELECT t.id FROM ledger_transactions t LEFT JOIN ledger_entries e ON e.transaction_id = t.id WHERE t.partnership_id = $1
        GROUP BY t.id HAVING count(e.id) < 2 OR coalesce(sum(e.amount_cents), 0) <> 0`,
      [p],
    );
    expect(unbalanced).toEqual([]);

    // 2. Nothing lost: the bank and each member's account hold what the model expects. Fees and cost shares are
    // computed by the server, so the model takes them from the invoices and agreements the API reports.
    const balances = (
      await t.ok<{ accountBalances: { code: string; kind: string; balanceCents: string }[] }>(treasurer, BALANCES, {
        p,
      })
    ).accountBalances;
    const balanceOf = (accountCode: string) =>
      BigInt(balances.find((b) => b.code === accountCode)?.balanceCents ?? '0');
    expect({ seed: SEED, bank: balanceOf('BANK') }).toEqual({ seed: SEED, bank });
    const invoices: {
      organisation: { id: string };
      year: number;
      amountCents: string;
      paidCents: string;
      status: string;
    }[] = [];
    for (let after: string | null = null, more = true; more;) {
      const page: {
        feeInvoices: { nodes: typeof invoices; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await t.ok(treasurer, INVOICES, { p, after });
      invoices.push(...page.feeInvoices.nodes);
      more = page.feeInvoices.pageInfo.hasNextPage;
      after = page.feeInvoices.pageInfo.endCursor;
    }
    expect(invoices.length).toBeGreaterThan(0);
    // Each fee year was invoiced once per member, however often it ran.
    expect(new Set(invoices.map((i) => `${i.organisation.id}:${i.year}`)).size).toBe(invoices.length);
    const agreementList = (
      await t.ok<{
        costAgreements: {
          nodes: {
            id: string;
            status: string;
            provider: { id: string };
            versions: {
              version: number;
              transactionId: string | null;
              shares: { organisation: { id: string }; amountCents: string }[];
            }[];
          }[];
        };
      }>(treasurer, AGREEMENTS, { p })
    ).costAgreements.nodes;
    const expected = new Map(receivable);
    for (const invoice of invoices)
      expected.set(
        invoice.organisation.id,
        (expected.get(invoice.organisation.id) ?? 0n) + BigInt(invoice.amountCents),
      );
    let payable = 0n;
    for (const agreement of agreementList) {
      const posted = agreement.versions.filter((v) => v.transactionId).sort((a, b) => b.version - a.version)[0];
      if (!posted) continue;
      for (const share of posted.shares) {
        expected.set(share.organisation.id, (expected.get(share.organisation.id) ?? 0n) + BigInt(share.amountCents));
        payable += BigInt(share.amountCents);
      }
    }
    for (const organisationId of members) {
      expect({ seed: SEED, organisationId, balance: balanceOf(`RECEIVABLE:${organisationId}`) }).toEqual({
        seed: SEED,
        organisationId,
        balance: expected.get(organisationId) ?? 0n,
      });
    }
    expect(-balanceOf(`PAYABLE:${provider.id}`) >= payable).toBe(true);

    // 3. The fund dashboard equals the sums over the fund's entries; no allocation paid out more than it holds.
    const dashboard = (
      await t.ok<{
        fundDashboard: {
          totalContributedCents: string;
          purposes: { purpose: { id: string }; disbursedCents: string }[];
        };
      }>(treasurer, DASHBOARD, { p })
    ).fundDashboard;
    const contributed = movements
      .filter((m) => m.kind === 'CONTRIBUTION' && !m.reversed)
      .reduce((s, m) => s + m.contribution, 0n);
    expect({ seed: SEED, contributed: BigInt(dashboard.totalContributedCents) }).toEqual({ seed: SEED, contributed });
    const [sums] = await t.dataSource.query(
      `SELECT coalesce(sum(e.amount_cents) FILTER (WHERE a.kind IN ('FUND','ALLOCATED')), 0)::text AS fund
         FROM ledger_entries e JOIN finance_accounts a ON a.id = e.account_id WHERE e.partnership_id = $1`,
      [p],
    );
    const disbursed = allocations.reduce((s, a) => s + a.disbursed, 0n);
    expect({ seed: SEED, fund: BigInt(sums.fund) }).toEqual({ seed: SEED, fund: -(contributed - disbursed) });
    expect(dashboard.purposes.reduce((s, x) => s + BigInt(x.disbursedCents), 0n)).toBe(disbursed);
    const overdrawn = await t.dataSource.query(
      `SELECT a.id FROM fund_allocations a
         LEFT JOIN ledger_transactions t ON t.source_type = 'FUND_ALLOCATION' AND t.source_id = a.id
         LEFT JOIN ledger_entries e ON e.transaction_id = t.id AND e.amount_cents > 0 AND t.kind IN ('FUND_DISBURSEMENT')
        WHERE a.partnership_id = $1 GROUP BY a.id, a.amount_cents
       HAVING coalesce(sum(e.amount_cents), 0) - (SELECT coalesce(sum(-r.amount_cents) FILTER (WHERE r.amount_cents < 0), 0)
                FROM ledger_transactions rt JOIN ledger_entries r ON r.transaction_id = rt.id JOIN finance_accounts ra ON ra.id = r.account_id
               WHERE rt.kind = 'REVERSAL' AND rt.source_type = 'FUND_ALLOCATION' AND rt.source_id = a.id AND ra.kind = 'ALLOCATED'
                 AND EXISTS (SELECT 1 FROM ledger_transactions o WHERE o.id = rt.reverses_id AND o.kind = 'FUND_DISBURSEMENT')) > a.amount_cents`,
      [p],
    );
    expect(overdrawn).toEqual([]);
    for (const allocation of allocations) expect(allocation.disbursed <= allocation.amount).toBe(true);

    // 4. Each statement adds up: closing = opening + its lines, one year's closing is the next year's opening, and
    // the last closing is the member's account balance; contributions match the model.
    for (const organisationId of members) {
      let opening = 0n;
      for (const year of [2024, 2025, 2026]) {
        const s = (
          await t.ok<{
            memberStatement: {
              openingBalanceCents: string;
              closingBalanceCents: string;
              feesCents: string;
              costSharesCents: string;
              paymentsCents: string;
              otherCents: string;
              fundContributionsCents: string;
              lines: { amountCents: string }[];
              contributions: { amountCents: string }[];
            };
          }>(treasurer, STATEMENT, { p, o: organisationId, y: year })
        ).memberStatement;
        const lines = s.lines.reduce((sum, l) => sum + BigInt(l.amountCents), 0n);
        expect(BigInt(s.openingBalanceCents)).toBe(opening);
        expect(BigInt(s.closingBalanceCents)).toBe(BigInt(s.openingBalanceCents) + lines);
        expect(BigInt(s.feesCents) + BigInt(s.costSharesCents) - BigInt(s.paymentsCents) + BigInt(s.otherCents)).toBe(
          lines,
        );
        expect(BigInt(s.fundContributionsCents)).toBe(
          s.contributions.reduce((sum, l) => sum + BigInt(l.amountCents), 0n),
        );
        opening = BigInt(s.closingBalanceCents);
      }
      const [later] = await t.dataSource.query(
        `SELECT coalesce(sum(e.amount_cents), 0)::text AS cents FROM ledger_entries e JOIN finance_accounts a ON a.id = e.account_id
          WHERE a.partnership_id = $1 AND a.code = $2 AND e.booked_on > '2026-12-31'`,
        [p, `RECEIVABLE:${organisationId}`],
      );
      expect(opening + BigInt(later.cents)).toBe(balanceOf(`RECEIVABLE:${organisationId}`));
    }

    // 5. Every posting is in the audit log.
    const [audit] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM ledger_transactions WHERE partnership_id = $1)::int AS postings,
              (SELECT count(*) FROM audit_events WHERE partnership_id = $1 AND action IN ('ledger.posted', 'ledger.reversed'))::int AS audited`,
      [p],
    );
    expect(audit.audited).toBe(audit.postings);
    expect(counts.done).toBe(OPS);
  }, 1_800_000);
});
