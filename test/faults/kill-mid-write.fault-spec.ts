import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { castBallot, castUntilKilled, choiceOf, StormRecord } from './support/ballot-storm';
import { connectToCluster, verifyChainInDatabase, waitUntilBlocked, withCluster } from './support/cluster-sql';
import { Api, apiOn } from './support/graphql-client';
import { buildWorld, FEE_CENTS, World } from './support/partnership-world';
import {
  alive,
  exitWithin,
  postmasterPid,
  processesUsing,
  ServerProcess,
  startServer,
  waitUntilGone,
  waitUntilReady,
} from './support/server-process';

/** Entitled members per vote, and members invoiced by the fee run. */
const MEMBERS = 120;
/** The kill comes with this receipt; by then most casts are still on their way. */
const KILL_AFTER = 40;
/** Casts held inside their transaction by the test's row locks when the kill comes. */
const STUCK = [7, 61, 113];
/** Every tenth member casts twice at once: one ballot must come of it. */
const DUPLICATE_EVERY = 10;
const STEP_TIMEOUT = 300_000;

const VOTE = `query($id: ID!) { vote(id: $id) {
  status receipts tally { castCount figures { yes no abstain cast } } entitled { membershipId hasVoted choice } } }`;
const CLOSE = `mutation($id: ID!) { closeVote(id: $id) {
  status receipts tally { castCount figures { yes no abstain cast } } } }`;
const CHAIN = `query($slug: String!) { partnership(slug: $slug) { auditChainStatus { valid length reason } } }`;
const RUN_FEES = `mutation($input: RunFeesInput!) { runFees(input: $input) { created existing totalCents } }`;

interface VoteView {
  status: string;
  receipts: string[] | null;
  tally: { castCount: number; figures: { yes: string; no: string; abstain: string; cast: string } | null };
  entitled?: { membershipId: string; hasVoted: boolean; choice: string | null }[];
}

// One data folder through the whole story, as on an operator's machine: each kill leaves it to the next start.
describe('killed in the middle of a write', () => {
  let root: string;
  let dataDir: string;
  let running: ServerProcess;
  let api: Api;
  let world: World;
  const started: number[] = [];

  const start = async () => {
    running = await startServer(dataDir);
    started.push(running.pid);
    await waitUntilReady(running);
    api = apiOn(running.port);
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'allmende-kill-'));
    // The ballot key file is written beside the data folder, so the data gets a folder of its own; run as root,
    // PostgreSQL runs as `postgres` and must pass through it.
    await chmod(root, 0o755);
    dataDir = path.join(root, 'data');
    await start();
    world = await buildWorld(api, dataDir, MEMBERS);
  }, STEP_TIMEOUT);

  afterAll(async () => {
    if (running && alive(running.pid)) {
      running.child.kill('SIGTERM');
      await exitWithin(running);
    }
    const leftovers = [...started, ...processesUsing(root)].filter(alive);
    for (const pid of leftovers) process.kill(pid, 'SIGKILL');
    await waitUntilGone(leftovers, 5_000);
    await rm(root, { recursive: true, force: true });
  });

  const memberOf = (membershipId: string) => world.members.find((m) => m.membershipId === membershipId)!;
  const stuckMembers = () => STUCK.map((i) => world.members[i]);
  /** The figures a vote must show once every member has voted, each with its own fixed choice. */
  const expectedFigures = () => {
    const count = (choice: string) => String(world.members.filter((m) => choiceOf(m) === choice).length);
    return { yes: count('YES'), no: count('NO'), abstain: count('ABSTAIN'), cast: String(MEMBERS) };
  };

  async function openVote(secret: boolean): Promise<string> {
    const { startWrittenProcedure } = await api.ok<{ startWrittenProcedure: { id: string }[] }>(
      world.manager,
      `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }`,
      {
        input: {
          committeeIds: [world.committeeId],
          title: secret ? 'Wahl des Vorstands' : 'Haushalt 2027',
          deadline: new Date(Date.now() + 48 * 3600_000).toISOString(),
          rule: {
            rule: {
              fraction: { p: 1, q: 2 },
              comparator: 'GREATER',
              base: 'YES_NO',
              quorum: { kind: 'NONE' },
              tieBreak: 'FAILS',
              veto: false,
              weighted: false,
              secret,
              allowChange: false,
              earlyClose: false,
            },
          },
        },
      },
    );
    return startWrittenProcedure[0].id;
  }

  /** Casts for every member until `kill` (of the server or its PostgreSQL), lets go of the held casts, starts again. */
  async function castKillAndRestart(voteId: string, kill: 'server' | 'postgres') {
    const locks = await connectToCluster(dataDir);
    const server = running;
    const record = await castUntilKilled({
      api,
      locks,
      voteId,
      members: world.members,
      stuck: stuckMembers(),
      duplicateEvery: DUPLICATE_EVERY,
      killAfter: KILL_AFTER,
      kill: () => (kill === 'server' ? server.child.kill('SIGKILL') : process.kill(postmasterPid(dataDir), 'SIGKILL')),
    });
    const exit = await exitWithin(server);
    // The held casts can go on now: their client is gone, so nothing will ever commit them.
    await locks.query('ROLLBACK').catch(() => undefined);
    await locks.end().catch(() => undefined);
    await start();
    report(kill, record);
    // Casts were on their way when the kill came, beyond those held by the locks.
    expect(record.answeredAtKill).toBeLessThan(record.sent - STUCK.length);
    return { record, exit, output: server.output() };
  }

  function report(kill: string, record: StormRecord) {
    console.log(
      `${kill} killed: ${record.sent} casts sent, ${record.answeredAtKill} answered at the kill, ` +
        `${record.acknowledged.size} receipts, ${record.refused.size} "already voted", ${record.unknown.length} without answer ` +
        `(${STUCK.length} held by locks)`,
    );
  }

  /**
   * A member is "known stored" when the client was told so (receipt, or "already voted" to a second cast);
   * a held cast was never committed. Casts that got no answer may or may not be stored.
   */
  function expectStoredMatchesAnswers(record: StormRecord, stored: Set<number>) {
    const missing = (indexes: Iterable<number>) => [...indexes].filter((i) => !stored.has(i));
    expect({
      acknowledgedButMissing: missing(record.acknowledged.keys()),
      refusedAsSecondButMissing: missing(record.refused),
      heldButStored: [...record.stuck].filter((i) => stored.has(i)),
    }).toEqual({ acknowledgedButMissing: [], refusedAsSecondButMissing: [], heldButStored: [] });
    console.log(`after the restart: ${stored.size} ballots stored, ${record.acknowledged.size} of them acknowledged`);
  }

  /** Tries again for every member without a receipt: a receipt, or "already voted" exactly where a ballot is stored. */
  async function castTheRest(voteId: string, record: StormRecord, storedBefore: Set<number>) {
    const missing = world.members.filter((m) => !record.acknowledged.has(m.index));
    const answers = await Promise.all(missing.map((m) => castBallot(api, voteId, m)));
    const receipts = new Map<number, string>();
    missing.forEach((m, i) => {
      const answer = answers[i];
      expect({ member: m.index, kind: answer.kind }).toEqual({
        member: m.index,
        kind: storedBefore.has(m.index) ? 'already-voted' : 'receipt',
      });
      if (answer.kind === 'receipt') receipts.set(m.index, answer.receipt);
    });
    return receipts;
  }

  async function expectChainValid() {
    const { partnership } = await api.ok<{ partnership: { auditChainStatus: { valid: boolean; length: number } } }>(
      world.admin,
      CHAIN,
      { slug: world.slug },
    );
    const checked = await withCluster(dataDir, (db) => verifyChainInDatabase(db, world.partnershipId));
    expect(partnership.auditChainStatus).toMatchObject({ valid: true });
    expect(checked).toMatchObject({ valid: true, length: partnership.auditChainStatus.length });
  }

  const namedBallots = (db: Client, voteId: string) =>
    db
      .query<{ membership_id: string; receipt: string; choice: string }>(
        'SELECT membership_id, receipt, choice FROM ballots WHERE vote_id = $1',
        [voteId],
      )
      .then((r) => r.rows);

  /** Counts a named vote after the crash, through SQL and the API, completes it and closes it. */
  async function expectNamedVoteWhole(voteId: string, record: StormRecord) {
    const rows = await withCluster(dataDir, (db) => namedBallots(db, voteId));
    const stored = new Set(rows.map((r) => memberOf(r.membership_id).index));
    expect(stored.size).toBe(rows.length);
    for (const row of rows) {
      const member = memberOf(row.membership_id);
      expect(row.choice).toBe(choiceOf(member));
      if (record.acknowledged.has(member.index)) expect(row.receipt).toBe(record.acknowledged.get(member.index));
    }
    expectStoredMatchesAnswers(record, stored);
    const { vote: open } = await api.ok<{ vote: VoteView }>(world.manager, VOTE, { id: voteId });
    expect(open.tally.castCount).toBe(rows.length);
    const voted = open.entitled!.filter((e) => e.hasVoted);
    expect(new Set(voted.map((e) => memberOf(e.membershipId).index))).toEqual(stored);
    for (const e of voted) expect(e.choice).toBe(choiceOf(memberOf(e.membershipId)));

    await castTheRest(voteId, record, stored);
    const { closeVote } = await api.ok<{ closeVote: VoteView }>(world.manager, CLOSE, { id: voteId });
    expect(closeVote).toMatchObject({ status: 'CLOSED', tally: { castCount: MEMBERS, figures: expectedFigures() } });
    await withCluster(dataDir, async (db) => {
      const all = await namedBallots(db, voteId);
      expect(all.length).toBe(MEMBERS);
      expect(new Set(all.map((r) => r.membership_id)).size).toBe(MEMBERS);
      const byChoice = (c: string) => String(all.filter((r) => r.choice === c).length);
      expect({ yes: byChoice('YES'), no: byChoice('NO'), abstain: byChoice('ABSTAIN') }).toEqual({
        yes: closeVote.tally.figures!.yes,
        no: closeVote.tally.figures!.no,
        abstain: closeVote.tally.figures!.abstain,
      });
      // Each stored ballot is in the audit chain once, with its receipt.
      const events = await db.query<{ receipt: string }>(
        `SELECT payload->>'receipt' AS receipt FROM audit_events WHERE subject_id = $1 AND action = 'ballot.cast'`,
        [voteId],
      );
      expect(events.rows.map((e) => e.receipt).sort()).toEqual(all.map((r) => r.receipt).sort());
    });
    await expectChainValid();
  }

  it(
    'keeps every acknowledged ballot of a named vote exactly once when the server is killed with SIGKILL mid-vote',
    async () => {
      const voteId = await openVote(false);
      const { record, exit } = await castKillAndRestart(voteId, 'server');
      expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
      await expectNamedVoteWhole(voteId, record);
    },
    STEP_TIMEOUT,
  );

  it(
    'keeps every acknowledged ballot of a secret vote exactly once when the server is killed with SIGKILL mid-vote (counted through the API)',
    async () => {
      const voteId = await openVote(true);
      const { record, exit } = await castKillAndRestart(voteId, 'server');
      expect(exit).toEqual({ code: null, signal: 'SIGKILL' });

      const { vote: open } = await api.ok<{ vote: VoteView }>(world.manager, VOTE, { id: voteId });
      const stored = new Set(open.entitled!.filter((e) => e.hasVoted).map((e) => memberOf(e.membershipId).index));
      expect(open.tally.castCount).toBe(stored.size);
      expectStoredMatchesAnswers(record, stored);

      const later = await castTheRest(voteId, record, stored);
      const { closeVote } = await api.ok<{ closeVote: VoteView }>(world.manager, CLOSE, { id: voteId });
      expect(closeVote).toMatchObject({ status: 'CLOSED', tally: { castCount: MEMBERS, figures: expectedFigures() } });
      // One receipt per member: every one the client holds, plus one for each ballot stored without an answer.
      const receipts = closeVote.receipts!;
      expect(receipts.length).toBe(MEMBERS);
      expect(new Set(receipts).size).toBe(MEMBERS);
      const known = [...record.acknowledged.values(), ...later.values()];
      expect(receipts).toEqual(expect.arrayContaining(known));
      expect(receipts.length - known.length).toBe(stored.size - record.acknowledged.size);
      await expectChainValid();
    },
    STEP_TIMEOUT,
  );

  it(
    'books a fee run whole or not at all when the server is killed with SIGKILL in the middle of it; run again, it books each member once',
    async () => {
      const year = 2030;
      const input = { partnershipId: world.partnershipId, year, issuedOn: `${year}-02-01` };
      // Invoices go out by name, which is the members' order: the run stops at the middle one, whose row is locked.
      const middle = world.members[Math.floor(MEMBERS / 2)];
      const locks = await connectToCluster(dataDir);
      const auditIds = `SELECT last_value::int AS n FROM audit_events_id_seq`;
      const before = (await locks.query(auditIds)).rows[0].n;
      await locks.query('BEGIN');
      await locks.query('SELECT id FROM organisations WHERE id = $1 FOR UPDATE', [middle.organisationId]);
      const server = running;
      const answer = api.post(world.treasurer, RUN_FEES, { input }).then(
        (r) => `answered ${r.status}`,
        () => 'no answer',
      );
      await waitUntilBlocked(locks, 1);
      // Sequences are not transactional: the uncommitted run's audit events (one per invoice) show how far it got.
      const writtenBeforeKill = (await locks.query(auditIds)).rows[0].n - before;
      expect(writtenBeforeKill).toBeGreaterThanOrEqual(middle.index);
      server.child.kill('SIGKILL');
      expect(await exitWithin(server)).toEqual({ code: null, signal: 'SIGKILL' });
      expect(await answer).toBe('no answer');
      await locks.query('ROLLBACK');
      await locks.end();
      await start();
      console.log(`fee run killed after ${writtenBeforeKill} uncommitted audit events (${middle.index} invoices)`);

      const counts = () =>
        withCluster(dataDir, async (db) => {
          const { rows } = await db.query(
            `SELECT (SELECT count(*)::int FROM fee_invoices WHERE partnership_id = $1 AND year = $2) AS invoices,
                    (SELECT count(DISTINCT organisation_id)::int FROM fee_invoices WHERE partnership_id = $1 AND year = $2) AS members,
                    (SELECT count(*)::int FROM ledger_transactions WHERE partnership_id = $1 AND kind = 'FEE_INVOICE') AS postings,
                    (SELECT count(*)::int FROM (SELECT transaction_id FROM ledger_entries WHERE partnership_id = $1
                       GROUP BY transaction_id HAVING sum(amount_cents) <> 0) t) AS unbalanced,
                    (SELECT coalesce(sum(amount_cents), 0)::text FROM ledger_entries WHERE partnership_id = $1) AS total,
                    (SELECT count(*)::int FROM audit_events WHERE chain_key = $1::text AND action = 'fee.run_executed') AS runs`,
            [world.partnershipId, year],
          );
          return rows[0];
        });
      const invoicesViaApi = async () =>
        (
          await api.ok<{ feeInvoices: { totalCount: number } }>(
            world.treasurer,
            `query($p: ID!, $y: Int) { feeInvoices(partnershipId: $p, year: $y, first: 1) { totalCount } }`,
            { p: world.partnershipId, y: year },
          )
        ).feeInvoices.totalCount;

      // The run was stopped before its commit: none of it is booked (never a part).
      expect(await counts()).toEqual({ invoices: 0, members: 0, postings: 0, unbalanced: 0, total: '0', runs: 0 });
      expect(await invoicesViaApi()).toBe(0);
      await expectChainValid();

      const total = String(FEE_CENTS * BigInt(MEMBERS));
      const again = await api.ok<{ runFees: unknown }>(world.treasurer, RUN_FEES, { input });
      expect(again.runFees).toEqual({ created: MEMBERS, existing: 0, totalCents: total });
      const once = await api.ok<{ runFees: unknown }>(world.treasurer, RUN_FEES, { input });
      expect(once.runFees).toEqual({ created: 0, existing: MEMBERS, totalCents: '0' });
      expect(await counts()).toEqual({
        invoices: MEMBERS,
        members: MEMBERS,
        postings: MEMBERS,
        unbalanced: 0,
        total: '0',
        runs: 2,
      });
      expect(await invoicesViaApi()).toBe(MEMBERS);
      const { accountBalances } = await api.ok<{ accountBalances: { kind: string; balanceCents: string }[] }>(
        world.treasurer,
        `query($p: ID!) { accountBalances(partnershipId: $p) { kind balanceCents } }`,
        { p: world.partnershipId },
      );
      const sum = (kind?: string) =>
        String(
          accountBalances.filter((a) => !kind || a.kind === kind).reduce((s, a) => s + BigInt(a.balanceCents), 0n),
        );
      expect({ all: sum(), receivable: sum('RECEIVABLE') }).toEqual({ all: '0', receivable: total });
      await expectChainValid();
    },
    STEP_TIMEOUT,
  );

  it(
    'keeps every acknowledged ballot when its PostgreSQL is killed with SIGKILL under a server taking ballots; the server exits with 1',
    async () => {
      const voteId = await openVote(false);
      const { record, exit, output } = await castKillAndRestart(voteId, 'postgres');
      expect(exit).toEqual({ code: 1, signal: null });
      expect(output).toContain('The embedded PostgreSQL stopped under the running server (killed by SIGKILL');
      await expectNamedVoteWhole(voteId, record);
    },
    STEP_TIMEOUT,
  );
});
