import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { Client } from 'pg';
import { addMember, createOrganisation, createPartnership, rowCount } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const CREATE = `mutation($input: CreatePartnershipInput!) {
  createPartnership(input: $input) { id slug name productName governanceModel fiscalYearStartMonth publicTransparency productOwner { name } }
}`;
const LIST = `query($first: Int, $after: String) {
  partnerships(first: $first, after: $after) { totalCount nodes { slug memberCount } pageInfo { hasNextPage endCursor } }
}`;
const DETAIL = `query($slug: String!) {
  partnership(slug: $slug) {
    name productOwner { name } communityManagement { name }
    members { status joinedOn organisation { name kind population } partnership { slug } }
  }
}`;

describe('partnerships', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The background jobs run only when a test calls them: their statements must not count in the N+1 checks.
    t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
  });
  afterAll(() => t.close());

  it('creates a partnership with its product owner and defaults', async () => {
    const owner = await createOrganisation(t, { name: 'Landesamt für Geodaten', kind: 'STATE', population: null });
    const body = await t.gql(CREATE, {
      input: {
        slug: 'geo-verbund',
        name: 'Geo-Verbund',
        productName: 'Kartenwerk',
        governanceModel: 'HYBRID',
        productOwnerOrganisationId: owner.id,
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createPartnership).toMatchObject({
      slug: 'geo-verbund',
      productName: 'Kartenwerk',
      fiscalYearStartMonth: 1,
      publicTransparency: false,
      productOwner: { name: 'Landesamt für Geodaten' },
    });
  });

  it.each([
    ['a slug with capitals and spaces', { slug: 'Mein Verbund' }, 'slug', 'Kleinbuchstaben a-z'],
    ['an empty name', { name: ' ' }, 'name', 'name darf nicht leer sein'],
    [
      'a fiscal year month of 13',
      { fiscalYearStartMonth: 13 },
      'fiscalYearStartMonth',
      'fiscalYearStartMonth muss zwischen 1 und 12 liegen, angegeben: 13',
    ],
    [
      'an unknown product owner',
      { productOwnerOrganisationId: '7a0c0b7e-0000-4000-8000-000000000001' },
      'productOwnerOrganisationId',
      'keine Organisation mit der ID',
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, override, field, message) => {
    const before = await rowCount(t, 'partnerships');
    const body = await t.gql(CREATE, {
      input: { slug: 'ok-slug', name: 'Verbund', productName: 'Produkt', governanceModel: 'HYBRID', ...override },
    });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.fields?.[field]?.join(' ')).toContain(message);
    expect(await rowCount(t, 'partnerships')).toBe(before);
  });

  it('refuses a slug that is taken, whatever its case, with CONFLICT', async () => {
    await createPartnership(t, { slug: 'doppelt' });
    const body = await t.gql(CREATE, {
      input: { slug: 'doppelt', name: 'Zweiter', productName: 'P', governanceModel: 'HYBRID' },
    });
    expect(body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(body.errors?.[0].message).toContain('Die Kurzbezeichnung „doppelt“ nutzt schon');
  });

  it('lists partnerships by name in pages with a total count', async () => {
    const all = await t.gql<{ partnerships: { totalCount: number } }>(LIST, { first: 100 });
    const total = all.data!.partnerships.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        data?: {
          partnerships: { nodes: { slug: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        } | null;
      } = await t.gql(LIST, { first: 2, after });
      seen.push(...page.data!.partnerships.nodes.map((p) => p.slug));
      after = page.data!.partnerships.pageInfo.hasNextPage ? page.data!.partnerships.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('shows a partnership by slug with its members and counts only active ones', async () => {
    const partnership = await createPartnership(t, { slug: 'mitglieder-test' });
    const a = await createOrganisation(t, { name: 'Stadt A', population: 52000 });
    const b = await createOrganisation(t, { name: 'Stadt B' });
    await addMember(t, partnership.id, a.id, { joinedOn: '2021-04-01' });
    await addMember(t, partnership.id, b.id, { status: 'APPLIED' });
    const body = await t.gql<{
      partnership: { members: { status: string; joinedOn: string; organisation: { name: string } }[] };
    }>(DETAIL, {
      slug: 'mitglieder-test',
    });
    expect(body.data?.partnership.members).toEqual([
      {
        status: 'ACTIVE',
        joinedOn: '2021-04-01',
        organisation: { name: 'Stadt A', kind: 'MUNICIPALITY', population: 52000 },
        partnership: { slug: 'mitglieder-test' },
      },
      expect.objectContaining({ status: 'APPLIED', joinedOn: null }),
    ]);
    const list = await t.gql<{ partnerships: { nodes: { slug: string; memberCount: number }[] } }>(LIST, {
      first: 100,
    });
    expect(list.data?.partnerships.nodes.find((p) => p.slug === 'mitglieder-test')?.memberCount).toBe(1);
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    const body = await t.gql(DETAIL, { slug: 'gibt-es-nicht' });
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(body.errors?.[0].message).toBe('Keine Partnerschaft mit der Kurzbezeichnung „gibt-es-nicht“');
  });

  it('loads a partnership with 30 members in as many SQL statements as one with 3 (no N+1)', async () => {
    const statementsFor = async (members: number) => {
      const partnership = await createPartnership(t);
      const values = Array.from(
        { length: members },
        (_, i) => `('${partnership.slug}-org-${i}', 'MUNICIPALITY', ${1000 + i})`,
      ).join(',');
      await t.dataSource.query(
        `WITH orgs AS (INSERT INTO organisations (name, kind, population) VALUES ${values} RETURNING id)
         INSERT INTO memberships (partnership_id, organisation_id, status) SELECT $1, id, 'ACTIVE' FROM orgs`,
        [partnership.id],
      );
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        const body = await t.gql<{ partnership: { members: unknown[] } }>(DETAIL, { slug: partnership.slug });
        expect(body.data?.partnership.members).toHaveLength(members);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const few = await statementsFor(3);
    const many = await statementsFor(30);
    expect(many).toBe(few);
    // Session and roles of the signed-in viewer (2), the partnership, its memberships, their organisations, and their partnership.
    expect(many).toBeLessThanOrEqual(7);
  });

  it('serves exactly the committed schema (server/schema.gql)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const committed = readFileSync(path.join(__dirname, '..', '..', 'server', 'schema.gql'), 'utf8');
    expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toBe(committed);
  });
});
