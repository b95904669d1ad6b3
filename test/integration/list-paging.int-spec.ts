import { createTestApp, TestApp } from './support/test-app';
import { votingPartnership, VotingPartnership } from './support/votes-setup';

// The paged lists of people, sessions, applications and open or cancelled votes: page after page by the cursor,
// each row once, the total count, never another partnership's rows, and `first` and `after` checked.

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string }[];
}

const PEOPLE = `query($slug: String!, $first: Int, $after: String, $search: String) { partnership(slug: $slug) {
  list: peopleList(first: $first, after: $after, search: $search) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
const SESSIONS = `query($slug: String!, $first: Int, $after: String, $upcoming: Boolean) { partnership(slug: $slug) {
  list: sessionList(first: $first, after: $after, upcoming: $upcoming) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
const APPLICATIONS = `query($slug: String!, $first: Int, $after: String, $status: ApplicationStatus) { partnership(slug: $slug) {
  list: membershipApplicationList(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
const VOTES = `query($slug: String!, $first: Int, $after: String, $status: VoteStatus) { partnership(slug: $slug) {
  list: voteList(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;

let t: TestApp;
let p: VotingPartnership;
let other: VotingPartnership;
const HOUR = 3600_000;

/** Reads a list two rows at a time; checks each page's size, the total count and that no row comes twice. */
async function allPages(
  cookie: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page: Connection = (
      await t.ok<{ partnership: { list: Connection } }>(cookie, query, {
        ...variables,
        first: 2,
        after,
      })
    ).partnership.list;
    pages += 1;
    ids.push(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasNextPage) {
      expect(page.totalCount).toBe(ids.length);
      expect(new Set(ids).size).toBe(ids.length);
      return { ids, pages };
    }
    expect(page.nodes).toHaveLength(2);
    after = page.pageInfo.endCursor;
    expect(after).toEqual(expect.any(String));
    if (pages > 50) throw new Error('the list does not end');
  }
}

async function planSession(w: VotingPartnership, title: string, startsInHours: number): Promise<string> {
  const data = await t.ok<{ planSession: { id: string } }>(
    w.cm,
    `mutation($input: PlanSessionInput!) { planSession(input: $input) { id } }`,
    {
      input: {
        committeeId: w.committeeId,
        title,
        startsAt: new Date(Date.now() + startsInHours * HOUR).toISOString(),
        endsAt: new Date(Date.now() + (startsInHours + 1) * HOUR).toISOString(),
      },
    },
  );
  return data.planSession.id;
}

async function apply(w: VotingPartnership, name: string): Promise<string> {
  const data = await t.ok<{ applyForMembership: { id: string } }>(
    null,
    `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }`,
    {
      input: {
        partnershipId: w.partnershipId,
        organisationName: name,
        organisationKind: 'MUNICIPALITY',
        contactName: 'Erika Muster',
        contactEmail: `kontakt@${name.toLowerCase().replace(/\W+/g, '-')}.example`,
        statement: 'Wir möchten mitmachen.',
      },
    },
  );
  return data.applyForMembership.id;
}

async function startVotes(w: VotingPartnership, titles: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) {
    const data = await t.ok<{ startWrittenProcedure: { id: string }[] }>(
      w.cm,
      `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }`,
      { input: { committeeIds: [w.committeeId], title, deadline: new Date(Date.now() + 24 * HOUR).toISOString() } },
    );
    ids.push(data.startWrittenProcedure[0].id);
  }
  return ids;
}

async function cancelVote(w: VotingPartnership, id: string): Promise<void> {
  await t.ok(w.cm, `mutation($id: ID!) { cancelVote(id: $id) { id } }`, { id });
}

beforeAll(async () => {
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
  p = await votingPartnership(t, 4, { partnership: { publicTransparency: true } });
  other = await votingPartnership(t, 2, { partnership: { publicTransparency: true } });
});

afterAll(async () => {
  await t?.close();
});

describe('people, a page at a time', () => {
  it('lists every role of the partnership once, oldest first, and none of another partnership', async () => {
    const expected: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM partnership_roles WHERE partnership_id = $1 ORDER BY created_at, id`,
      [p.partnershipId],
    );
    expect(expected.length).toBe(5);
    const { ids, pages } = await allPages(p.cm, PEOPLE, { slug: p.slug });
    expect(pages).toBe(3);
    expect(ids).toEqual(expected.map((r) => r.id));
    const theirs: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM partnership_roles WHERE partnership_id = $1`,
      [other.partnershipId],
    );
    expect(theirs.length).toBeGreaterThan(0);
    for (const { id } of theirs) expect(ids).not.toContain(id);
  });

  it('pages a search: the total counts only the matches', async () => {
    const [organisation] = await t.dataSource.query(`SELECT name FROM organisations WHERE id = $1`, [
      p.members[0].organisationId,
    ]);
    const found = await allPages(p.cm, PEOPLE, { slug: p.slug, search: organisation.name });
    expect(found.ids).toHaveLength(1);
  });

  it('is not shown to a visitor of the public partnership, nor to an observer, who may not read people', async () => {
    const visitor = await t.gqlAs(null, PEOPLE, { slug: p.slug, first: 2 });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const observer = await t.createUser('beobachtung@paging.example', {
      roles: [{ partnershipId: p.partnershipId, role: 'OBSERVER' }],
    });
    const body = await t.gqlAs(observer, PEOPLE, { slug: p.slug, first: 2 });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('sessions, a page at a time', () => {
  let upcoming: string[];
  let past: string[];
  beforeAll(async () => {
    upcoming = [];
    for (const hours of [72, 24, 48]) upcoming.push(await planSession(p, `Sitzung in ${hours} h`, hours));
    past = [];
    for (const hours of [-72, -24, -48]) past.push(await planSession(p, `Sitzung vor ${-hours} h`, hours));
    await planSession(other, 'Sitzung des anderen Verbunds', 24);
    await planSession(other, 'Frühere Sitzung des anderen Verbunds', -24);
  });

  it('lists upcoming sessions soonest first and past ones newest first, each once', async () => {
    const soon = await allPages(p.cm, SESSIONS, { slug: p.slug, upcoming: true });
    expect(soon.ids).toEqual([upcoming[1], upcoming[2], upcoming[0]]);
    const before = await allPages(p.cm, SESSIONS, { slug: p.slug, upcoming: false });
    expect(before.ids).toEqual([past[1], past[2], past[0]]);
    const all = await allPages(p.cm, SESSIONS, { slug: p.slug });
    expect([...all.ids].sort()).toEqual([...upcoming, ...past].sort());
  });

  it('shows a signed-out visitor of a public partnership the same pages, and never another partnership’s', async () => {
    const visitor = await allPages(null, SESSIONS, { slug: p.slug, upcoming: true });
    expect(visitor.ids).toEqual([upcoming[1], upcoming[2], upcoming[0]]);
    const theirs = await allPages(other.cm, SESSIONS, { slug: other.slug });
    expect(theirs.ids).toHaveLength(2);
    for (const id of theirs.ids) expect([...upcoming, ...past]).not.toContain(id);
  });
});

describe('applications, a page at a time', () => {
  let mine: string[];
  beforeAll(async () => {
    mine = [];
    for (const name of ['Gemeinde Ahorn', 'Gemeinde Birke', 'Gemeinde Eiche']) mine.push(await apply(p, name));
    await apply(other, 'Gemeinde Linde');
  });

  it('lists every application once, newest first, and none of another partnership', async () => {
    const { ids, pages } = await allPages(p.cm, APPLICATIONS, { slug: p.slug });
    expect(pages).toBe(2);
    expect(ids).toEqual([...mine].reverse());
    const submitted = await allPages(p.cm, APPLICATIONS, { slug: p.slug, status: 'SUBMITTED' });
    expect(submitted.ids).toEqual([...mine].reverse());
    const admitted = await allPages(p.cm, APPLICATIONS, { slug: p.slug, status: 'ADMITTED' });
    expect(admitted.ids).toEqual([]);
  });

  it('is only for those who decide on applications', async () => {
    const body = await t.gqlAs(p.members[0].cookie, APPLICATIONS, { slug: p.slug, first: 2 });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('open and cancelled votes, a page at a time', () => {
  let open: string[];
  let cancelled: string[];
  beforeAll(async () => {
    const started = await startVotes(p, ['Haushalt', 'Satzung', 'Beitrag', 'Wahlordnung', 'Logo']);
    cancelled = [started[1], started[3], started[4]];
    for (const id of cancelled) await cancelVote(p, id);
    open = [started[0], started[2]];
    const [theirs] = await startVotes(other, ['Fremde Abstimmung']);
    await cancelVote(other, theirs);
  });

  it('pages the open and the cancelled votes apart, newest first, none of another partnership', async () => {
    const openPages = await allPages(p.cm, VOTES, { slug: p.slug, status: 'OPEN' });
    expect(openPages.ids).toEqual([...open].reverse());
    const cancelledPages = await allPages(p.cm, VOTES, { slug: p.slug, status: 'CANCELLED' });
    expect(cancelledPages.pages).toBe(2);
    expect(cancelledPages.ids).toEqual([...cancelled].reverse());
  });
});

describe('first and after are checked', () => {
  it.each([
    ['people', PEOPLE, {}],
    ['sessions', SESSIONS, {}],
    ['applications', APPLICATIONS, {}],
  ])('%s: refuses first outside 1 to 100 and a cursor it did not give out', async (_name, query, extra) => {
    for (const first of [0, 101]) {
      const body = await t.gqlAs(p.cm, query, { slug: p.slug, first, ...extra });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].extensions?.fields).toHaveProperty('first');
    }
    const forged = Buffer.from(JSON.stringify(['gestern', 'keine-id'])).toString('base64url');
    for (const after of ['kein Cursor', forged]) {
      const body = await t.gqlAs(p.cm, query, { slug: p.slug, first: 2, after, ...extra });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].extensions?.fields).toHaveProperty('after');
    }
  });
});
