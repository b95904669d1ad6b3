import { VoteJobs } from '../../server/src/votes/vote-jobs';
import { createTestApp, TestApp } from './support/test-app';
import { secretMajority, votingPartnership } from './support/votes-setup';

const PLAN = `mutation($input: PlanSessionInput!) { planSession(input: $input) { id agenda { id kind position } } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt changed byProxy } }`;
const VOTE = `query($id: ID!) { vote(id: $id) { id status outcome closeReason tally { final outcome castCount figures { yes no abstain cast base } sentenceDe sentenceEn } entitled { membershipId hasVoted choice byProxy } receipts } }`;

const hourFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

describe('committee sessions and votes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function sessionWithVote(
    size: number,
    options: Parameters<typeof votingPartnership>[2] & {
      present?: number[];
      proxies?: [number, number][];
      voteRule?: Record<string, unknown>;
      fundamental?: boolean;
    } = {},
  ) {
    const vp = await votingPartnership(t, size, options);
    const planned = await t.gqlAs<{ planSession: { id: string; agenda: { id: string; kind: string }[] } }>(
      vp.cm,
      PLAN,
      {
        input: {
          committeeId: vp.committeeId,
          title: 'Sitzung',
          startsAt: hourFromNow(-1),
          endsAt: hourFromNow(1),
          location: 'Rathaus',
          agenda: [
            { kind: 'INFORMATION', title: 'Begrüßung' },
            { kind: 'DECISION', title: 'Barrierefreie Kartenansicht in den Kern' },
          ],
        },
      },
    );
    expect(planned.errors).toBeUndefined();
    const session = planned.data!.planSession;
    await t.gqlAs(vp.cm, `mutation($id: ID!) { startSession(id: $id) { status } }`, { id: session.id });
    const present = options.present ?? vp.members.map((_, i) => i);
    for (const i of present) {
      const r = await t.gqlAs(
        vp.cm,
        `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
        {
          input: { sessionId: session.id, membershipId: vp.members[i].membershipId, present: true },
        },
      );
      expect(r.errors).toBeUndefined();
    }
    for (const [absent, holder] of options.proxies ?? []) {
      const r = await t.gqlAs(
        vp.cm,
        `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
        {
          input: {
            sessionId: session.id,
            membershipId: vp.members[absent].membershipId,
            present: false,
            proxyMembershipId: vp.members[holder].membershipId,
          },
        },
      );
      expect(r.errors).toBeUndefined();
    }
    const opened = await t.gqlAs<{ openVote: { id: string } }>(
      vp.cm,
      `mutation($input: OpenVoteInput!) { openVote(input: $input) { id } }`,
      {
        input: {
          agendaItemId: session.agenda[1].id,
          fundamental: options.fundamental ?? false,
          ...(options.voteRule ? { rule: options.voteRule } : {}),
        },
      },
    );
    expect(opened.errors).toBeUndefined();
    return { ...vp, sessionId: session.id, voteId: opened.data!.openVote.id, decisionItemId: session.agenda[1].id };
  }

  const cast = (cookie: string, voteId: string, membershipId: string, choice: string) =>
    t.gqlAs<{ castBallot: { receipt: string; changed: boolean; byProxy: boolean } }>(cookie, CAST, {
      input: { voteId, membershipId, choice },
    });

  it('runs a session vote under three quarters: proxies count, absentees cannot vote, the result has its sentence', async () => {
    const s = await sessionWithVote(5, {
      present: [0, 1, 2],
      proxies: [[3, 0]],
      voteRule: { preset: 'THREE_QUARTERS' },
    });
    expect((await cast(s.members[0].cookie, s.voteId, s.members[0].membershipId, 'YES')).errors).toBeUndefined();
    const byProxy = await cast(s.members[0].cookie, s.voteId, s.members[3].membershipId, 'YES');
    expect(byProxy.data?.castBallot.byProxy).toBe(true);
    expect((await cast(s.members[1].cookie, s.voteId, s.members[1].membershipId, 'YES')).errors).toBeUndefined();

    const absent = await cast(s.members[4].cookie, s.voteId, s.members[4].membershipId, 'NO');
    expect(absent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(absent.errors?.[0].message).toContain('weder anwesend noch durch Vollmacht vertreten');
    const foreign = await cast(s.members[1].cookie, s.voteId, s.members[2].membershipId, 'NO');
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const first = await cast(s.members[2].cookie, s.voteId, s.members[2].membershipId, 'YES');
    const changed = await cast(s.members[2].cookie, s.voteId, s.members[2].membershipId, 'NO');
    expect(changed.data?.castBallot.changed).toBe(true);
    expect(changed.data?.castBallot.receipt).not.toBe(first.data?.castBallot.receipt);

    const closed = await t.gqlAs<{ closeVote: { outcome: string } }>(
      s.cm,
      `mutation($id: ID!) { closeVote(id: $id) { outcome } }`,
      { id: s.voteId },
    );
    expect(closed.data?.closeVote.outcome).toBe('ACCEPTED');
    const vote = await t.gqlAs<{
      vote: {
        tally: { final: boolean; sentenceDe: string; sentenceEn: string; figures: { yes: string; cast: string } };
      };
    }>(s.cm, VOTE, { id: s.voteId });
    expect(vote.data?.vote.tally).toMatchObject({ final: true, figures: { yes: '3', cast: '4' } });
    expect(vote.data?.vote.tally.sentenceDe).toBe(
      'Angenommen: 3 Ja von 4 abgegebenen Stimmen (75 %), mindestens 75 % erforderlich.',
    );

    const late = await cast(s.members[1].cookie, s.voteId, s.members[1].membershipId, 'NO');
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');

    // Every ballot, the opening and the result are in the hash chain, in that order.
    await t.app.get(VoteJobs).round();
    const actions: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE chain_key = $1 AND action LIKE 'ballot.%' OR (chain_key = $1 AND action LIKE 'vote.%') ORDER BY sequence`,
      [s.partnershipId],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'vote.opened',
      'ballot.cast',
      'ballot.cast',
      'ballot.cast',
      'ballot.cast',
      'ballot.changed',
      'vote.closed',
    ]);
    const receipts: { r: string }[] = await t.dataSource.query(
      `SELECT payload->>'receipt' AS r FROM audit_events WHERE chain_key = $1 AND action LIKE 'ballot.%'`,
      [s.partnershipId],
    );
    expect(receipts.map((x) => x.r)).toContain(changed.data?.castBallot.receipt);
  });

  it('refuses a session that is closed while its vote is open, and a vote on a non-decision item', async () => {
    const s = await sessionWithVote(2);
    const closing = await t.gqlAs(s.cm, `mutation($id: ID!) { closeSession(id: $id) { status } }`, { id: s.sessionId });
    expect(closing.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(closing.errors?.[0].message).toBe('1 Abstimmung dieser Sitzung ist noch offen; schließen Sie sie zuerst');
  });

  it('keeps one ballot per member when the same member casts many times at once, and loses none across members', async () => {
    const s = await sessionWithVote(12, {
      voteRule: {
        rule: {
          fraction: { p: 1, q: 2 },
          comparator: 'GREATER',
          base: 'YES_NO',
          quorum: { kind: 'NONE' },
          tieBreak: 'FAILS',
          veto: false,
          weighted: true,
          secret: false,
          allowChange: false,
          earlyClose: false,
        },
      },
    });
    const same = await Promise.all(
      Array.from({ length: 8 }, () => cast(s.members[0].cookie, s.voteId, s.members[0].membershipId, 'YES')),
    );
    expect(same.filter((r) => !r.errors).length).toBe(1);
    expect(same.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(7);
    const all = await Promise.all(s.members.slice(1).map((m) => cast(m.cookie, s.voteId, m.membershipId, 'NO')));
    expect(all.every((r) => !r.errors)).toBe(true);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM ballots WHERE vote_id = $1', [
      s.voteId,
    ]);
    expect(count).toBe(12);
  });

  it('a secret vote stores participation and sums apart; receipts are published sorted when it closes', async () => {
    const s = await sessionWithVote(3, { voteRule: { rule: secretMajority } });
    const receipts = [];
    for (const [i, choice] of ['YES', 'YES', 'NO'].entries())
      receipts.push(
        (await cast(s.members[i].cookie, s.voteId, s.members[i].membershipId, choice)).data!.castBallot.receipt,
      );
    const again = await cast(s.members[0].cookie, s.voteId, s.members[0].membershipId, 'NO');
    expect(again.errors?.[0].message).toContain('eine geheime Stimme kann nicht geändert werden');
    expect(await t.dataSource.query('SELECT * FROM ballots WHERE vote_id = $1', [s.voteId])).toEqual([]);
    const columns: { column_name: string }[] = await t.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name IN ('secret_participations', 'secret_ballot_boxes')`,
    );
    // Nothing in either table could order or link a participation to a choice.
    expect(
      columns
        .map((c) => c.column_name)
        .filter((c) => /(_at|time|seq|id)$/.test(c) && c !== 'vote_id' && c !== 'membership_id'),
    ).toEqual([]);
    const open = await t.gqlAs<{
      vote: {
        tally: { figures: unknown; castCount: number };
        entitled: { hasVoted: boolean; choice: string | null }[];
      };
    }>(s.cm, VOTE, { id: s.voteId });
    expect(open.data?.vote.tally).toMatchObject({ figures: null, castCount: 3 });
    expect(open.data?.vote.entitled.every((e) => e.hasVoted && e.choice === null)).toBe(true);
    await t.gqlAs(s.cm, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: s.voteId });
    const closed = await t.gqlAs<{
      vote: { outcome: string; receipts: string[]; tally: { figures: { yes: string; no: string } } };
    }>(s.cm, VOTE, { id: s.voteId });
    expect(closed.data?.vote).toMatchObject({ outcome: 'ACCEPTED', tally: { figures: { yes: '2', no: '1' } } });
    expect(closed.data?.vote.receipts).toEqual([...receipts].sort());
  });

  it('a vetoed fundamental question: the veto holder’s NO decides', async () => {
    const s = await sessionWithVote(3, { veto: [0], fundamental: true });
    await cast(s.members[0].cookie, s.voteId, s.members[0].membershipId, 'NO');
    await cast(s.members[1].cookie, s.voteId, s.members[1].membershipId, 'YES');
    await cast(s.members[2].cookie, s.voteId, s.members[2].membershipId, 'YES');
    const closed = await t.gqlAs<{ closeVote: { outcome: string } }>(
      s.cm,
      `mutation($id: ID!) { closeVote(id: $id) { outcome } }`,
      { id: s.voteId },
    );
    expect(closed.data?.closeVote.outcome).toBe('VETOED');
  });

  it('refuses an invalid rule with what is allowed, and writes nothing', async () => {
    const vp = await votingPartnership(t, 2);
    const [{ count: before }] = await t.dataSource.query('SELECT count(*)::int AS count FROM votes');
    const bad = await t.gqlAs(
      vp.cm,
      `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }`,
      {
        input: {
          committeeIds: [vp.committeeId],
          title: 'Umlauf',
          deadline: hourFromNow(48),
          rule: {
            rule: {
              fraction: { p: 1, q: 2 },
              comparator: 'GREATER',
              base: 'PRESENT',
              quorum: { kind: 'NONE' },
              tieBreak: 'FAILS',
              veto: false,
              weighted: true,
              secret: false,
              allowChange: true,
              earlyClose: false,
            },
          },
        },
      },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toContain('Die Basis PRESENT gibt es nur für Sitzungen');
    const [{ count: after }] = await t.dataSource.query('SELECT count(*)::int AS count FROM votes');
    expect(after).toBe(before);
  });

  it('a written procedure closes by itself at its deadline, once, even with two jobs running at the same time', async () => {
    const vp = await votingPartnership(t, 3);
    const started = await t.gqlAs<{ startWrittenProcedure: { id: string }[] }>(
      vp.cm,
      `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }`,
      {
        input: { committeeIds: [vp.committeeId], title: 'Umlaufverfahren Haushalt', deadline: hourFromNow(2) },
      },
    );
    expect(started.errors).toBeUndefined();
    const voteId = started.data!.startWrittenProcedure[0].id;
    // Every entitled member's representative is asked for its ballot, with the link.
    const mails: { recipient: string; body: string }[] = await t.dataSource.query(
      `SELECT recipient, body FROM outbox_mails WHERE subject = 'Umlaufverfahren: Umlaufverfahren Haushalt'`,
    );
    expect(mails.length).toBe(3);
    expect(mails[0].body).toContain(`/abstimmungen/${voteId}`);
    await cast(vp.members[0].cookie, voteId, vp.members[0].membershipId, 'YES');
    await cast(vp.members[1].cookie, voteId, vp.members[1].membershipId, 'YES');
    await t.dataSource.query(`UPDATE votes SET deadline = now() - interval '1 second' WHERE id = $1`, [voteId]);
    const late = await cast(vp.members[2].cookie, voteId, vp.members[2].membershipId, 'NO');
    expect(late.errors?.[0].message).toContain('Die Frist dieser Abstimmung ist verstrichen');
    const jobs = t.app.get(VoteJobs);
    const rounds = await Promise.all([jobs.round(), jobs.round()]);
    expect(rounds.reduce((sum, r) => sum + r.closed, 0)).toBe(1);
    const vote = await t.gqlAs<{ vote: { status: string; closeReason: string; outcome: string } }>(vp.cm, VOTE, {
      id: voteId,
    });
    expect(vote.data?.vote).toMatchObject({ status: 'CLOSED', closeReason: 'DEADLINE', outcome: 'ACCEPTED' });
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE action = 'vote.closed' AND subject_id = $1`,
      [voteId],
    );
    expect(count).toBe(1);
  });

  it('a joint decision of two committees is accepted only when both accept', async () => {
    const vp = await votingPartnership(t, 2);
    const second = await t.gqlAs<{ createCommittee: { id: string } }>(
      vp.cm,
      `mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
      {
        input: {
          partnershipId: vp.partnershipId,
          name: 'Technische Kommission',
          kind: 'TECHNICAL_COMMITTEE',
          cadence: 'QUARTERLY',
        },
      },
    );
    const started = await t.gqlAs<{ startWrittenProcedure: { id: string; decision: { id: string } }[] }>(
      vp.cm,
      `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id decision { id } } }`,
      {
        input: {
          committeeIds: [vp.committeeId, second.data!.createCommittee.id],
          title: 'Änderung am Kern',
          deadline: hourFromNow(24),
        },
      },
    );
    const [a, b] = started.data!.startWrittenProcedure;
    expect(a.decision.id).toBe(b.decision.id);
    for (const v of [a, b]) {
      await cast(vp.members[0].cookie, v.id, vp.members[0].membershipId, 'YES');
      await cast(vp.members[1].cookie, v.id, vp.members[1].membershipId, v === a ? 'YES' : 'NO');
      await t.gqlAs(vp.cm, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: v.id });
    }
    const decision = await t.gqlAs<{ decision: { outcome: string; votes: { outcome: string }[] } }>(
      vp.cm,
      `query($id: ID!) { decision(id: $id) { outcome votes { outcome } } }`,
      { id: a.decision.id },
    );
    expect(decision.data?.decision.outcome).toBe('REJECTED');
    expect(decision.data?.decision.votes.map((v) => v.outcome).sort()).toEqual(['ACCEPTED', 'REJECTED']);
  });

  it('another partnership’s representative cannot cast, and its community manager cannot close', async () => {
    const s = await sessionWithVote(2);
    const other = await votingPartnership(t, 1);
    const ballot = await cast(other.members[0].cookie, s.voteId, s.members[0].membershipId, 'YES');
    expect(ballot.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const close = await t.gqlAs(other.cm, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: s.voteId });
    expect(close.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const read = await t.gqlAs(other.cm, VOTE, { id: s.voteId });
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lists a representative’s open votes with the ballots it may cast', async () => {
    const s = await sessionWithVote(3, { present: [0, 1], proxies: [[2, 0]] });
    const mine = await t.gqlAs<{
      myOpenVotes: { id: string; viewerCastRights: { membershipId: string; byProxy: boolean; canCast: boolean }[] }[];
    }>(s.members[0].cookie, `{ myOpenVotes { id viewerCastRights { membershipId byProxy canCast } } }`);
    const vote = mine.data?.myOpenVotes.find((v) => v.id === s.voteId);
    expect(vote?.viewerCastRights).toEqual(
      expect.arrayContaining([
        { membershipId: s.members[0].membershipId, byProxy: false, canCast: true },
        { membershipId: s.members[2].membershipId, byProxy: true, canCast: true },
      ]),
    );
  });
});
