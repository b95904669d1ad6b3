import { createTestApp, TestApp } from './support/test-app';
import { votingPartnership, VotingPartnership } from './support/votes-setup';

// "All present" for a big committee: one mutation, one transaction, each changed seat audited; and back to unrecorded.

const PLAN = `mutation($input: PlanSessionInput!) { planSession(input: $input) { id } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`;
const ALL_PRESENT = `mutation($id: ID!) { recordAllPresent(id: $id) { id attendance { membershipId present proxyMembershipId } } }`;
const CLEAR = `mutation($id: ID!) { clearAttendance(id: $id) { id attendance { membershipId present proxyMembershipId } } }`;
const AUDIT = `query($slug: String!, $search: String) { partnership(slug: $slug) { auditLog(search: $search, first: 100) { nodes { action payload } } } }`;

const hourFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

let t: TestApp;
let p: VotingPartnership;
let other: VotingPartnership;
let sessionId: string;

interface Row {
  membershipId: string;
  present: boolean | null;
  proxyMembershipId: string | null;
}

const audited = async (action: string) =>
  (
    await t.ok<{ partnership: { auditLog: { nodes: { action: string; payload: Record<string, unknown> }[] } } }>(
      p.cm,
      AUDIT,
      { slug: p.slug, search: action },
    )
  ).partnership.auditLog.nodes.filter((n) => n.action === action);

beforeAll(async () => {
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
  p = await votingPartnership(t, 4);
  other = await votingPartnership(t, 1);
  const planned = await t.ok<{ planSession: { id: string } }>(p.cm, PLAN, {
    input: {
      committeeId: p.committeeId,
      title: 'Große Versammlung',
      startsAt: hourFromNow(1),
      endsAt: hourFromNow(2),
      location: 'Stadthalle',
      agenda: [{ kind: 'INFORMATION', title: 'Begrüßung' }],
    },
  });
  sessionId = planned.planSession.id;
  // Member 0 present, member 1 absent, member 2 absent with its vote carried by member 0, member 3 not recorded.
  await t.ok(p.cm, RECORD, { input: { sessionId, membershipId: p.members[0].membershipId, present: true } });
  await t.ok(p.cm, RECORD, { input: { sessionId, membershipId: p.members[1].membershipId, present: false } });
  await t.ok(p.cm, RECORD, {
    input: {
      sessionId,
      membershipId: p.members[2].membershipId,
      present: false,
      proxyMembershipId: p.members[0].membershipId,
    },
  });
});
afterAll(() => t.close());

describe('all present', () => {
  it('refuses the community manager of another partnership and changes nothing', async () => {
    const body = await t.gqlAs(other.cm, ALL_PRESENT, { id: sessionId });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM attendances WHERE session_id = $1 AND present`,
      [sessionId],
    );
    expect(count).toBe(1);
  });

  it('records every seat present in one step, lets proxies lapse and audits each changed seat', async () => {
    const before = (await audited('session.attendance')).length;
    const data = await t.ok<{ recordAllPresent: { attendance: Row[] } }>(p.cm, ALL_PRESENT, { id: sessionId });
    expect(data.recordAllPresent.attendance).toHaveLength(4);
    for (const row of data.recordAllPresent.attendance)
      expect(row).toMatchObject({ present: true, proxyMembershipId: null });
    const events = await audited('session.attendance');
    // Members 1, 2 and 3 changed; member 0 was present already.
    expect(events.length - before).toBe(3);
    expect(
      events
        .slice(0, 3)
        .map((e) => e.payload.organisationId)
        .sort(),
    ).toEqual([p.members[1], p.members[2], p.members[3]].map((m) => m.organisationId).sort());
  });

  it('writes nothing more when everyone is present already', async () => {
    const before = (await audited('session.attendance')).length;
    await t.ok(p.cm, ALL_PRESENT, { id: sessionId });
    expect((await audited('session.attendance')).length).toBe(before);
  });

  it('sets every seat back to not recorded, audited once', async () => {
    const data = await t.ok<{ clearAttendance: { attendance: Row[] } }>(p.cm, CLEAR, { id: sessionId });
    expect(data.clearAttendance.attendance.map((r) => r.present)).toEqual([null, null, null, null]);
    const events = await audited('session.attendance_cleared');
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ sessionId, seats: 4 });
  });

  it('refuses a cancelled session with CONFLICT', async () => {
    await t.ok(p.cm, `mutation($id: ID!) { cancelSession(id: $id) { id } }`, { id: sessionId });
    const body = await t.gqlAs(p.cm, ALL_PRESENT, { id: sessionId });
    expect(body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
