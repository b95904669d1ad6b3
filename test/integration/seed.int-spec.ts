import { DEMO_PASSWORD } from '../../seeds/demo-users';
import { seedDemo } from '../../seeds/seed';
import { createTestApp, TestApp } from './support/test-app';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds once on an empty database, can be written again without duplicates, and keeps every audit chain intact', async () => {
    const first = await seedDemo(t.dataSource, { onlyIfEmpty: true });
    expect(first).toMatchObject({ partnerships: 3, users: 16 });
    expect(await seedDemo(t.dataSource, { onlyIfEmpty: true })).toBeNull();
    const count = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*) FROM memberships)::int AS m, (SELECT count(*) FROM partnership_roles)::int AS r, (SELECT count(*) FROM audit_events)::int AS a,
             (SELECT count(*) FROM committees)::int AS c, (SELECT count(*) FROM committee_seats)::int AS seats, (SELECT count(*) FROM committee_sessions)::int AS s,
             (SELECT count(*) FROM agenda_items)::int AS items, (SELECT count(*) FROM attendances)::int AS att, (SELECT count(*) FROM votes)::int AS v,
             (SELECT count(*) FROM ballots)::int AS b, (SELECT count(*) FROM decisions)::int AS d, (SELECT count(*) FROM membership_applications)::int AS apps,
             (SELECT count(*) FROM partnership_workflows)::int AS w, (SELECT count(*) FROM feature_requests)::int AS fr, (SELECT count(*) FROM feature_request_transitions)::int AS ft,
             (SELECT count(*) FROM interest_declarations)::int AS fi, (SELECT count(*) FROM feature_request_comments)::int AS fc, (SELECT count(*) FROM feature_request_subscriptions)::int AS fs`,
        )
      )[0];
    const before = await count();
    await seedDemo(t.dataSource, { onlyIfEmpty: false });
    expect(await count()).toEqual(before);
    for (const slug of ['offene-datenplattform', 'geoportal-verbund', 'dorf-app']) {
      const status = await t.gql<{ partnership: { auditChainStatus: { valid: boolean; length: number } } }>(
        `{ partnership(slug: "${slug}") { auditChainStatus { valid length } } }`,
      );
      expect({ slug, valid: status.data?.partnership.auditChainStatus.valid }).toEqual({ slug, valid: true });
      expect(status.data?.partnership.auditChainStatus.length).toBeGreaterThan(10);
    }
  });

  it('gives each partnership committees, a closed and a planned session, and a written procedure open for its representative', async () => {
    await seedDemo(t.dataSource, { onlyIfEmpty: false });
    const rows: {
      slug: string;
      committees: number;
      closed: number;
      planned: number;
      written: number;
      stored: number;
      audited: number;
      opened: number;
    }[] = await t.dataSource.query(
      `SELECT p.slug,
         (SELECT count(*) FROM committees c WHERE c.partnership_id = p.id)::int AS committees,
         (SELECT count(*) FROM committee_sessions s WHERE s.partnership_id = p.id AND s.status = 'CLOSED')::int AS closed,
         (SELECT count(*) FROM committee_sessions s WHERE s.partnership_id = p.id AND s.status = 'PLANNED')::int AS planned,
         (SELECT count(*) FROM votes v WHERE v.partnership_id = p.id AND v.status = 'OPEN' AND v.procedure = 'WRITTEN')::int AS written,
         (SELECT count(*) FROM votes v WHERE v.partnership_id = p.id AND v.status = 'CLOSED' AND v.outcome = v.result->>'outcome')::int AS stored,
         (SELECT count(*) FROM ballots b JOIN votes v ON v.id = b.vote_id WHERE v.partnership_id = p.id AND b.audited)::int AS audited,
         (SELECT count(*) FROM audit_events e WHERE e.chain_key = p.id::text AND e.action = 'vote.opened')::int AS opened
       FROM partnerships p ORDER BY p.slug`,
    );
    expect(rows).toEqual([
      { slug: 'dorf-app', committees: 2, closed: 1, planned: 1, written: 1, stored: 1, audited: 14, opened: 2 },
      // stored/audited/opened include the two written procedures that approved the demo fund's allocations (seeds/demo-fund.ts).
      {
        slug: 'geoportal-verbund',
        committees: 2,
        closed: 1,
        planned: 1,
        written: 1,
        stored: 5,
        audited: 57,
        opened: 6,
      },
      {
        slug: 'offene-datenplattform',
        committees: 4,
        closed: 1,
        planned: 1,
        written: 1,
        stored: 1,
        audited: 13,
        opened: 2,
      },
    ]);
    // Every ballot reached the chain once: one ballot.cast event per ballot.
    const [{ ballots, events }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM ballots)::int AS ballots, (SELECT count(*) FROM audit_events WHERE action = 'ballot.cast')::int AS events`,
    );
    expect(events).toBe(ballots);

    const cookie = await t.signIn('vertretung@dorf-app.demo', DEMO_PASSWORD);
    const [{ id, organisation_id }] = await t.dataSource.query(
      `SELECT v.id, r.organisation_id FROM votes v JOIN partnerships p ON p.id = v.partnership_id
       JOIN partnership_roles r ON r.partnership_id = p.id AND r.role = 'REPRESENTATIVE'
       WHERE p.slug = 'dorf-app' AND v.status = 'OPEN'`,
    );
    const [{ membership_id }] = await t.dataSource.query(
      `SELECT m.id AS membership_id FROM memberships m JOIN partnerships p ON p.id = m.partnership_id WHERE p.slug = 'dorf-app' AND m.organisation_id = $1`,
      [organisation_id],
    );
    const cast = await t.gqlAs<{ castBallot: { receipt: string } }>(
      cookie,
      `mutation ($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`,
      {
        input: { voteId: id, membershipId: membership_id, choice: 'YES' },
      },
    );
    expect(cast.errors).toBeUndefined();
    expect(cast.data?.castBallot.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('gives each partnership its request process and a backlog across its stages, with similar requests found despite typos', async () => {
    await seedDemo(t.dataSource, { onlyIfEmpty: false });
    const rows: {
      slug: string;
      template: string;
      requests: number;
      stages: number;
      decided: number;
      linked: number;
    }[] = await t.dataSource.query(
      `SELECT p.slug, w.template,
         (SELECT count(*) FROM feature_requests r WHERE r.partnership_id = p.id)::int AS requests,
         (SELECT count(DISTINCT r.stage) FROM feature_requests r WHERE r.partnership_id = p.id)::int AS stages,
         (SELECT count(*) FROM feature_requests r WHERE r.partnership_id = p.id AND r.decision_outcome = 'ACCEPTED')::int AS decided,
         (SELECT count(*) FROM votes v JOIN feature_requests r ON r.id = v.subject_id WHERE v.partnership_id = p.id AND v.subject_type = 'FEATURE_REQUEST')::int AS linked
       FROM partnerships p JOIN partnership_workflows w ON w.partnership_id = p.id ORDER BY p.slug`,
    );
    expect(rows).toEqual([
      { slug: 'dorf-app', template: 'SMART_VILLAGE_APP', requests: 7, stages: 7, decided: 0, linked: 0 },
      { slug: 'geoportal-verbund', template: 'MASTERPORTAL', requests: 5, stages: 5, decided: 1, linked: 2 },
      { slug: 'offene-datenplattform', template: 'CIVITAS_CONNECT_V1', requests: 6, stages: 5, decided: 1, linked: 1 },
    ]);

    const cookie = await t.signIn('gemeinschaft@dorf-app.demo', DEMO_PASSWORD);
    const backlog = await t.gqlAs<{
      partnership: {
        featureRequests: {
          totalCount: number;
          nodes: { number: number; stageInfo: { category: string }; interest: unknown[]; timeline: unknown[] }[];
        };
      };
    }>(
      cookie,
      `{ partnership(slug: "dorf-app") { featureRequests(first: 3, sort: MOST_INTERESTED) { totalCount nodes { number stageInfo { category } interest { kind } timeline { toStage } } } } }`,
    );
    expect(backlog.errors).toBeUndefined();
    expect(backlog.data?.partnership.featureRequests.totalCount).toBe(7);
    expect(backlog.data?.partnership.featureRequests.nodes.map((n) => n.interest.length)).toEqual([7, 5, 4]);
    const similar = await t.gqlAs<{ similarFeatureRequests: { request: { title: string } }[] }>(
      cookie,
      `{ similarFeatureRequests(slug: "dorf-app", text: "Kalendarexport für Veranstalungen") { request { title } } }`,
    );
    expect(similar.errors).toBeUndefined();
    expect(similar.data?.similarFeatureRequests[0]?.request.title).toBe('Kalender-Export für Veranstaltungen');
  });

  it('lets the demo community manager sign in and see the people of its partnership', async () => {
    const cookie = await t.signIn('gemeinschaft@geoportal-verbund.demo', DEMO_PASSWORD);
    const body = await t.gqlAs<{ partnership: { people: { role: string }[] } }>(
      cookie,
      `{ partnership(slug: "geoportal-verbund") { people { role } } }`,
    );
    expect(body.data?.partnership.people.map((p) => p.role).sort()).toEqual([
      'COMMUNITY_MANAGER',
      'OBSERVER',
      'PRODUCT_OWNER',
      'REPRESENTATIVE',
      'TREASURER',
    ]);
  });
});
