import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { BallotKey } from '../../server/src/votes/ballot-key';
import { SEALED_BALLOT_BYTES } from '../../server/src/votes/ballot-seal';
import { SealedBallots } from '../../server/src/votes/sealed-ballots';
import { withDatabase } from './support/database-url';
import { createTestApp, TestApp } from './support/test-app';
import { secretMajority, votingPartnership } from './support/votes-setup';

/**
 * Issue 12, item 2: secret ballots are unlinkable in the database files. The attacker here has the
 * database as a superuser has it (every page of every table, live and dead row versions, the WAL),
 * but not the ballot key, which the database never holds.
 */
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`;
const VOTE = `query($id: ID!) { vote(id: $id) { status outcome receipts tally { castCount figures { yes no abstain } } } }`;
const SECRET_RULE = { rule: secretMajority };

interface Tuple {
  relation: string;
  xmin: string;
  xmax: string;
  lockOnly: boolean;
  data: Buffer;
}

describe('secret ballots on disk (attacker with the data directory)', () => {
  let t: TestApp;
  let db: Client;
  beforeAll(async () => {
    t = await createTestApp();
    // The attacker: the server's superuser, not the app's connection.
    db = new Client({
      connectionString: withDatabase(
        process.env.ALLMENDE_TEST_SERVER_URL!,
        new URL(t.databaseUrl).pathname.replace(/^\//, ''),
      ),
    });
    await db.connect();
    await db.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect');
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  /** Every row version of every table, live or dead, as pageinspect reads it from the pages. */
  async function allTuples(): Promise<Tuple[]> {
    const tables: { relname: string }[] = (
      await db.query(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind = 'r'`,
      )
    ).rows;
    const tuples: Tuple[] = [];
    for (const { relname } of tables) {
      const { rows } = await db.query(
        `SELECT t_xmin::text AS xmin, t_xmax::text AS xmax, (t_infomask & 128) <> 0 AS lock_only, t_data
         FROM generate_series(0, (pg_relation_size($1::regclass) / current_setting('block_size')::int) - 1) AS page,
              heap_page_items(get_raw_page($1::text, page::int))
         WHERE t_data IS NOT NULL`,
        [relname],
      );
      for (const r of rows)
        tuples.push({ relation: relname, xmin: r.xmin, xmax: r.xmax, lockOnly: r.lock_only, data: r.t_data });
    }
    return tuples;
  }

  async function secretVote(size: number, weights: string[]) {
    const vp = await votingPartnership(t, size, { weights });
    const planned = await t.ok<{ planSession: { id: string; agenda: { id: string }[] } }>(
      vp.cm,
      `mutation($input: PlanSessionInput!) { planSession(input: $input) { id agenda { id } } }`,
      {
        input: {
          committeeId: vp.committeeId,
          title: 'Sitzung',
          startsAt: new Date(Date.now() - 3600_000).toISOString(),
          endsAt: new Date(Date.now() + 3600_000).toISOString(),
          location: 'Rathaus',
          agenda: [{ kind: 'DECISION', title: 'Vergabe an Anbieter A' }],
        },
      },
    );
    const sessionId = planned.planSession.id;
    await t.ok(vp.cm, `mutation($id: ID!) { startSession(id: $id) { status } }`, { id: sessionId });
    for (const m of vp.members)
      await t.ok(vp.cm, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        input: { sessionId, membershipId: m.membershipId, present: true },
      });
    const opened = await t.ok<{ openVote: { id: string } }>(
      vp.cm,
      `mutation($input: OpenVoteInput!) { openVote(input: $input) { id } }`,
      { input: { agendaItemId: planned.planSession.agenda[0].id, fundamental: false, rule: SECRET_RULE } },
    );
    return { ...vp, voteId: opened.openVote.id };
  }

  it('links no member to its choice through live rows, dead row versions, transaction ids or the WAL, and still counts every ballot once', async () => {
    const choices = ['YES', 'NO', 'ABSTAIN', 'YES', 'NO'];
    const weights = ['1', '2', '3', '4', '5'];
    const v = await secretVote(5, weights);
    const [{ lsn: before }] = (await db.query('SELECT pg_current_wal_lsn()::text AS lsn')).rows;
    const receipts: string[] = [];
    for (const [i, choice] of choices.entries()) {
      const cast = await t.ok<{ castBallot: { receipt: string } }>(v.members[i].cookie, CAST, {
        input: { voteId: v.voteId, membershipId: v.members[i].membershipId, choice },
      });
      receipts.push(cast.castBallot.receipt);
    }

    // The moment an attacker copies the data directory: the vote is still open.
    const open = await allTuples();
    const participations = open.filter((x) => x.relation === 'secret_participations');
    expect(participations).toHaveLength(5);
    const castXids = new Set(participations.map((p) => p.xmin));
    expect(castXids.size).toBe(5);
    for (const xid of castXids) {
      // What each cast transaction wrote: its participation and one sealed ballot, nothing else (the vote
      // row carries only its share lock), and no row version it replaced or deleted.
      const written = open.filter((x) => x.xmin === xid).map((x) => x.relation);
      expect(written.sort()).toEqual(['secret_ballots', 'secret_participations']);
      expect(open.filter((x) => x.xmax === xid && !x.lockOnly)).toEqual([]);
    }
    const sealed = open.filter((x) => x.relation === 'secret_ballots');
    expect(sealed).toHaveLength(5);
    // Same length whatever the choice, weight or receipt: 16 + 16 bytes of ids, the bytea header, the ballot.
    expect(new Set(sealed.map((x) => x.data.length)).size).toBe(1);
    for (const tuple of open) {
      if (!castXids.has(tuple.xmin)) continue;
      for (const secret of [...receipts, 'YES', 'ABSTAIN'])
        expect(tuple.data.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    }
    expect(sealed[0].data.length).toBeGreaterThanOrEqual(SEALED_BALLOT_BYTES);
    // Nothing else of the vote moved while ballots came in: the box is as it was when the vote opened.
    const boxes = open.filter((x) => x.relation === 'secret_ballot_boxes');
    expect(boxes).toHaveLength(1);

    // The WAL of the cast transactions: which relations they touched, and no receipt in any record.
    const touched: { relname: string | null; kind: string; data: Buffer | null; fpi: Buffer | null; xid: string }[] = (
      await db.query(
        `SELECT w.xid::text AS xid, c.relname, w.resource_manager || '/' || w.record_type AS kind,
                w.block_data AS data, w.block_fpi_data AS fpi
         FROM pg_get_wal_block_info($1::pg_lsn, pg_current_wal_lsn()) w
         LEFT JOIN pg_class c ON c.relfilenode = w.relfilenode
         WHERE w.xid::text = ANY($2)`,
        [before, [...castXids]],
      )
    ).rows;
    expect(touched.length).toBeGreaterThan(0);
    const written = [
      'secret_participations',
      'secret_participations_pkey',
      'secret_participations_unaudited',
      'secret_ballots',
      'secret_ballots_pkey',
      'secret_ballots_vote_id',
    ];
    // Elsewhere only row locks: the vote's share lock, and the foreign keys' locks on vote and membership.
    for (const record of touched)
      if (!written.includes(record.relname ?? '')) expect(`${record.relname}: ${record.kind}`).toMatch(/: Heap\/LOCK$/);
    const relations = new Set(touched.map((w) => w.relname));
    expect(relations).not.toContain('secret_ballot_boxes');
    for (const record of touched)
      for (const receipt of receipts)
        for (const bytes of [record.data, record.fpi])
          if (bytes) expect(bytes.includes(Buffer.from(receipt, 'utf8'))).toBe(false);

    // The audit chain records that each member took part, never what it chose.
    await t.ok(v.cm, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: v.voteId });
    const events: { action: string; payload: Record<string, unknown> }[] = (
      await db.query(`SELECT action, payload FROM audit_events WHERE subject_id = $1`, [v.voteId])
    ).rows;
    const secretly = events.filter((e) => e.action === 'ballot.cast_secretly');
    expect(secretly).toHaveLength(5);
    for (const e of secretly) expect(Object.keys(e.payload).sort()).toEqual(['organisationId', 'voteId']);

    // Every acknowledged ballot counted once; each voter finds its receipt in the published list.
    const closed = await t.ok<{
      vote: { receipts: string[]; tally: { castCount: number; figures: { yes: string; no: string; abstain: string } } };
    }>(v.cm, VOTE, { id: v.voteId });
    expect(closed.vote.receipts).toEqual([...receipts].sort());
    expect(closed.vote.tally.castCount).toBe(5);
    expect(closed.vote.tally.figures).toMatchObject({ yes: '5', no: '7', abstain: '3' });
    // Closing emptied the box: no sealed ballot outlives its vote.
    expect(
      (await db.query('SELECT count(*)::int AS n FROM secret_ballots WHERE vote_id = $1', [v.voteId])).rows[0].n,
    ).toBe(0);
  });

  it('refuses a ballot under another ballot key than the vote opened with, and writes nothing', async () => {
    const v = await secretVote(2, ['1', '1']);
    const other = new SealedBallots({ key: randomBytes(32) } as BallotKey);
    await expect(
      t.dataSource.transaction((manager) =>
        other.put(manager, v.voteId, { choice: 'YES', weight: '1000', receipt: 'ABCD-EFGH-JKMN' }),
      ),
    ).rejects.toThrow('was opened with another ballot key');
    expect(
      (await db.query('SELECT count(*)::int AS n FROM secret_ballots WHERE vote_id = $1', [v.voteId])).rows[0].n,
    ).toBe(0);
    // The app's own key still seals, and the vote counts it.
    await t.ok(v.members[0].cookie, CAST, {
      input: { voteId: v.voteId, membershipId: v.members[0].membershipId, choice: 'NO' },
    });
    expect(t.app.get(SealedBallots)).toBeDefined();
    await t.ok(v.cm, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: v.voteId });
    const closed = await t.ok<{ vote: { tally: { castCount: number; figures: { no: string } } } }>(v.cm, VOTE, {
      id: v.voteId,
    });
    expect(closed.vote.tally).toMatchObject({ castCount: 1, figures: { no: '1' } });
  });
});
