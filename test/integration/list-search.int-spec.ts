import { feeInvoicePosting } from '../../server/src/finance/ledger/ledger';
import { LedgerService } from '../../server/src/finance/ledger/ledger.service';
import { msg } from '../../server/src/common/i18n/messages';
import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';
import { votingPartnership, VotingPartnership } from './support/votes-setup';

// The `search` argument of the long lists: case and accents ignored, % and _ literal, never another partnership's rows.

const BACKLOG = `query($slug: String!, $search: String) { partnership(slug: $slug) {
  featureRequests(search: $search, first: 50) { totalCount nodes { number title } } } }`;
const AUDIT = `query($slug: String!, $search: String, $first: Int, $after: String) { partnership(slug: $slug) {
  auditLog(search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { action payload } } } }`;
const PEOPLE = `query($slug: String!, $search: String) { partnership(slug: $slug) { people(search: $search) { role user { displayName } organisation { name } } } }`;
const JOURNAL = `query($partnershipId: ID!, $search: String) { ledgerTransactions(partnershipId: $partnershipId, search: $search, first: 50) {
  totalCount nodes { description } } }`;
const PARTNERSHIPS = `query($search: String) { partnerships(search: $search, first: 100) { totalCount nodes { slug } } }`;
const ORGANISATIONS = `query($search: String) { organisations(search: $search, first: 100) { totalCount nodes { name } } }`;

let t: TestApp;
let p: VotingPartnership;
let other: VotingPartnership;

const titles = (data: { partnership: { featureRequests: { nodes: { title: string }[] } } }) =>
  data.partnership.featureRequests.nodes.map((n) => n.title).sort();

async function submit(w: VotingPartnership, title: string): Promise<number> {
  const data = await t.ok<{ submitFeatureRequest: { number: number } }>(
    w.members[0].cookie,
    `mutation($input: SubmitFeatureRequestInput!) { submitFeatureRequest(input: $input) { number } }`,
    {
      input: {
        partnershipId: w.partnershipId,
        title,
        description: '',
        kind: 'FEATURE',
        target: 'CORE',
        fundingRoute: 'ALL_MEMBERS',
      },
    },
  );
  return data.submitFeatureRequest.number;
}

beforeAll(async () => {
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
  p = await votingPartnership(t, 1, { partnership: { name: 'Suchverbund Görlitz', slug: 'suchverbund' } });
  other = await votingPartnership(t, 1, { partnership: { name: 'Anderer Suchverbund', slug: 'suchverbund-anders' } });
  for (const w of [p, other])
    await t.ok(
      w.cm,
      `mutation($input: ChooseWorkflowTemplateInput!) { chooseWorkflowTemplate(input: $input) { template } }`,
      { input: { partnershipId: w.partnershipId, template: 'CIVITAS_CONNECT_V1' } },
    );
  await submit(p, 'Export der Sitzungsprotokolle als PDF');
  await submit(p, 'Barrierefreie Formulare für Anträge');
  await submit(p, 'Rabatt 100% für Schulen_und Kitas');
  await submit(other, 'Export nach Excel (anderer Verbund)');
});
afterAll(() => t.close());

describe('backlog search', () => {
  it('finds a part of the title, ignoring case and accents', async () => {
    const data = await t.ok<Parameters<typeof titles>[0]>(p.cm, BACKLOG, { slug: p.slug, search: 'FORMULARE FUR' });
    expect(titles(data)).toEqual(['Barrierefreie Formulare für Anträge']);
  });

  it('finds a request by its number, with or without #', async () => {
    const data = await t.ok<{ partnership: { featureRequests: { nodes: { number: number }[] } } }>(p.cm, BACKLOG, {
      slug: p.slug,
      search: '#2',
    });
    expect(data.partnership.featureRequests.nodes.map((n) => n.number)).toContain(2);
  });

  it('finds nothing for a text no title contains, and reports a total of 0', async () => {
    const data = await t.ok<{ partnership: { featureRequests: { totalCount: number; nodes: unknown[] } } }>(
      p.cm,
      BACKLOG,
      { slug: p.slug, search: 'Raumfahrt' },
    );
    expect(data.partnership.featureRequests).toEqual({ totalCount: 0, nodes: [] });
  });

  it('takes % and _ literally', async () => {
    const percent = await t.ok<Parameters<typeof titles>[0]>(p.cm, BACKLOG, { slug: p.slug, search: '100%' });
    expect(titles(percent)).toEqual(['Rabatt 100% für Schulen_und Kitas']);
    const anything = await t.ok<Parameters<typeof titles>[0]>(p.cm, BACKLOG, { slug: p.slug, search: '%' });
    expect(titles(anything)).toEqual(['Rabatt 100% für Schulen_und Kitas']);
    const underscore = await t.ok<Parameters<typeof titles>[0]>(p.cm, BACKLOG, { slug: p.slug, search: 'n_u' });
    expect(titles(underscore)).toEqual(['Rabatt 100% für Schulen_und Kitas']);
    const noWildcard = await t.ok<Parameters<typeof titles>[0]>(p.cm, BACKLOG, { slug: p.slug, search: 'Ex_ort' });
    expect(titles(noWildcard)).toEqual([]);
  });

  it('never finds another partnership’s requests', async () => {
    const data = await t.ok<Parameters<typeof titles>[0]>(p.cm, BACKLOG, { slug: p.slug, search: 'Export' });
    expect(titles(data)).toEqual(['Export der Sitzungsprotokolle als PDF']);
  });

  it('refuses a search over 100 characters in the reader’s language, naming the limit', async () => {
    const body = await t.gqlAs(p.cm, BACKLOG, { slug: p.slug, search: 'x'.repeat(101) });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.fields?.search?.[0]).toBe(
      'Der Suchtext darf höchstens 100 Zeichen lang sein, er hat 101',
    );
  });
});

describe('audit log search', () => {
  it('finds events by their action or a word of their details, ignoring case', async () => {
    const all = await t.ok<{ partnership: { auditLog: { totalCount: number } } }>(p.cm, AUDIT, { slug: p.slug });
    const hits = await t.ok<{
      partnership: {
        auditLog: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          nodes: { action: string }[];
        };
      };
    }>(p.cm, AUDIT, { slug: p.slug, search: 'membership.ADDED', first: 1 });
    expect(hits.partnership.auditLog.totalCount).toBe(1);
    expect(hits.partnership.auditLog.nodes.map((n) => n.action)).toEqual(['membership.added']);
    expect(hits.partnership.auditLog.pageInfo.hasNextPage).toBe(false);
    expect(all.partnership.auditLog.totalCount).toBeGreaterThan(1);
    // The committee's name stands in the details of committee.created.
    const byName = await t.ok<{ partnership: { auditLog: { nodes: { action: string }[] } } }>(p.cm, AUDIT, {
      slug: p.slug,
      search: 'mitgliederVERSAMMLUNG',
    });
    expect(byName.partnership.auditLog.nodes.map((n) => n.action)).toContain('committee.created');
  });

  it('takes % literally (only the request titled "…100%…"), and finds nothing of another partnership', async () => {
    const percent = await t.ok<{ partnership: { auditLog: { nodes: { payload: unknown }[] } } }>(p.cm, AUDIT, {
      slug: p.slug,
      search: '%',
    });
    expect(percent.partnership.auditLog.nodes.map((n) => JSON.stringify(n.payload))).toEqual([
      expect.stringContaining('Rabatt 100%'),
    ]);
    const foreign = await t.ok<{ partnership: { auditLog: { totalCount: number } } }>(p.cm, AUDIT, {
      slug: p.slug,
      search: other.members[0].organisationId,
    });
    expect(foreign.partnership.auditLog.totalCount).toBe(0);
    const own = await t.ok<{ partnership: { auditLog: { totalCount: number } } }>(p.cm, AUDIT, {
      slug: p.slug,
      search: p.members[0].organisationId,
    });
    expect(own.partnership.auditLog.totalCount).toBeGreaterThan(0);
  });
});

describe('people search', () => {
  it('finds a representative by the organisation’s name, and nobody for an unknown name', async () => {
    const [organisation] = await t.dataSource.query(`SELECT name FROM organisations WHERE id = $1`, [
      p.members[0].organisationId,
    ]);
    const found = await t.ok<{ partnership: { people: { role: string; organisation: { name: string } | null }[] } }>(
      p.cm,
      PEOPLE,
      { slug: p.slug, search: String(organisation.name).toUpperCase() },
    );
    expect(found.partnership.people).toEqual([{ role: 'REPRESENTATIVE', user: expect.anything(), organisation }]);
    const none = await t.ok<{ partnership: { people: unknown[] } }>(p.cm, PEOPLE, { slug: p.slug, search: 'Niemand' });
    expect(none.partnership.people).toEqual([]);
    const wildcard = await t.ok<{ partnership: { people: unknown[] } }>(p.cm, PEOPLE, { slug: p.slug, search: '_' });
    expect(wildcard.partnership.people).toEqual([]);
  });

  it('never finds the people of another partnership', async () => {
    const [organisation] = await t.dataSource.query(`SELECT name FROM organisations WHERE id = $1`, [
      other.members[0].organisationId,
    ]);
    const data = await t.ok<{ partnership: { people: unknown[] } }>(p.cm, PEOPLE, {
      slug: p.slug,
      search: organisation.name,
    });
    expect(data.partnership.people).toEqual([]);
  });
});

describe('ledger search', () => {
  let partnershipId: string;
  let treasurer: string;
  beforeAll(async () => {
    const partnership = await createPartnership(t, { slug: 'suchkasse' });
    partnershipId = partnership.id;
    const member = await createOrganisation(t, { name: 'Stadt Müllheim' });
    await addMember(t, partnershipId, member.id);
    treasurer = await t.createUser('kasse@suche.example', { roles: [{ partnershipId, role: 'TREASURER' }] });
    const ledger = t.app.get(LedgerService);
    for (const description of ['Beitrag 2027 Müllheim', 'Beitrag 2028 (50% Rabatt)'])
      await t.dataSource.transaction((manager) =>
        ledger.post(manager, {
          partnershipId,
          actorUserId: null,
          kind: 'FEE_INVOICE',
          bookedOn: '2027-01-10',
          description: msg('records.ledger.reversal', { reason: description }),
          postings: feeInvoicePosting(member.id, 100000n),
          counterpartyOrganisationId: member.id,
        }),
      );
  });

  const search = async (text: string) =>
    (
      await t.ok<{ ledgerTransactions: { totalCount: number; nodes: { description: string }[] } }>(treasurer, JOURNAL, {
        partnershipId,
        search: text,
      })
    ).ledgerTransactions;

  it('finds a part of the description or of the counterparty, ignoring accents', async () => {
    expect((await search('2027 mullheim')).nodes.map((n) => n.description)).toEqual([
      expect.stringContaining('Beitrag 2027 Müllheim'),
    ]);
    expect((await search('stadt MULL')).totalCount).toBe(2);
  });

  it('takes % literally and finds nothing for an unknown text', async () => {
    expect((await search('50%')).nodes.map((n) => n.description)).toEqual([
      expect.stringContaining('Beitrag 2028 (50% Rabatt)'),
    ]);
    expect((await search('2%2')).totalCount).toBe(0);
    expect(await search('Spende')).toEqual({ totalCount: 0, nodes: [] });
  });
});

describe('vote list: pages and search', () => {
  const VOTES = `query($slug: String!, $search: String, $first: Int, $after: String) { partnership(slug: $slug) {
    voteList(search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } } }`;
  type Votes = {
    partnership: {
      voteList: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { title: string }[];
      };
    };
  };
  beforeAll(async () => {
    for (const title of ['Haushalt 2027', 'Beitragsordnung ändern', 'Haushalt 2028 (Entwurf_1)'])
      await t.ok(
        p.cm,
        `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id } }`,
        { input: { committeeIds: [p.committeeId], title, deadline: new Date(Date.now() + 86400_000).toISOString() } },
      );
  });

  it('pages newest first without losing or repeating a vote', async () => {
    const first = await t.ok<Votes>(p.cm, VOTES, { slug: p.slug, first: 2 });
    expect(first.partnership.voteList.totalCount).toBe(3);
    expect(first.partnership.voteList.pageInfo.hasNextPage).toBe(true);
    const second = await t.ok<Votes>(p.cm, VOTES, {
      slug: p.slug,
      first: 2,
      after: first.partnership.voteList.pageInfo.endCursor,
    });
    expect(second.partnership.voteList.pageInfo.hasNextPage).toBe(false);
    const titles = [...first.partnership.voteList.nodes, ...second.partnership.voteList.nodes].map((n) => n.title);
    expect(titles).toEqual(['Haushalt 2028 (Entwurf_1)', 'Beitragsordnung ändern', 'Haushalt 2027']);
  });

  it('finds votes by a part of the title, accents ignored, _ literal, and none of another partnership', async () => {
    const titles = async (search: string, w = p) =>
      (await t.ok<Votes>(w.cm, VOTES, { slug: w.slug, search })).partnership.voteList.nodes.map((n) => n.title);
    expect(await titles('haushalt')).toEqual(['Haushalt 2028 (Entwurf_1)', 'Haushalt 2027']);
    expect(await titles('ANDERN')).toEqual(['Beitragsordnung ändern']);
    expect(await titles('f_1')).toEqual(['Haushalt 2028 (Entwurf_1)']);
    expect(await titles('2_2')).toEqual([]);
    expect(await titles('Haushalt', other)).toEqual([]);
  });
});

describe('partnership and organisation search', () => {
  it('finds a partnership by a part of its name or slug, accents ignored, % literal', async () => {
    const data = await t.gql<{ partnerships: { nodes: { slug: string }[] } }>(PARTNERSHIPS, { search: 'GORLITZ' });
    expect(data.data?.partnerships.nodes.map((n) => n.slug)).toEqual(['suchverbund']);
    const slug = await t.gql<{ partnerships: { nodes: { slug: string }[] } }>(PARTNERSHIPS, { search: 'verbund-and' });
    expect(slug.data?.partnerships.nodes.map((n) => n.slug)).toEqual(['suchverbund-anders']);
    const percent = await t.gql<{ partnerships: { totalCount: number } }>(PARTNERSHIPS, { search: '%' });
    expect(percent.data?.partnerships.totalCount).toBe(0);
  });

  it('shows a signed-out visitor no private partnership, whatever the search', async () => {
    const data = await t.ok<{ partnerships: { totalCount: number } }>(null, PARTNERSHIPS, { search: 'suchverbund' });
    expect(data.partnerships.totalCount).toBe(0);
  });

  it('finds organisations by a part of the name with accents ignored, and _ literally', async () => {
    const data = await t.gql<{ organisations: { nodes: { name: string }[] } }>(ORGANISATIONS, { search: 'mullheim' });
    expect(data.data?.organisations.nodes.map((n) => n.name)).toEqual(['Stadt Müllheim']);
    const underscore = await t.gql<{ organisations: { totalCount: number } }>(ORGANISATIONS, { search: 'Stadt_M' });
    expect(underscore.data?.organisations.totalCount).toBe(0);
  });
});
