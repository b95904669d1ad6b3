import { createOrganisation, rowCount } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name kind population officialMunicipalityKey state publiclyOwned } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id name population } }`;
const SEARCH = `query($search: String, $first: Int, $after: String) {
  organisations(search: $search, first: $first, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }
}`;

describe('organisations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates an organisation with all its fields', async () => {
    const body = await t.gql(CREATE, {
      input: {
        name: '  Stadt Münsterfeld ',
        kind: 'MUNICIPALITY',
        population: 48210,
        officialMunicipalityKey: '05366040',
        state: 'NW',
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createOrganisation).toMatchObject({
      name: 'Stadt Münsterfeld',
      kind: 'MUNICIPALITY',
      population: 48210,
      officialMunicipalityKey: '05366040',
      state: 'NW',
      publiclyOwned: true,
    });
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name', 'name darf nicht leer sein'],
    [
      'a negative population',
      { population: -5 },
      'population',
      'population muss zwischen 0 und 100000000 liegen, angegeben: -5',
    ],
    [
      'a malformed municipality key',
      { officialMunicipalityKey: '123' },
      'officialMunicipalityKey',
      'muss genau 8 Ziffern (Amtlicher Gemeindeschlüssel) sein',
    ],
  ])(
    'refuses %s with BAD_USER_INPUT naming the field, and writes nothing',
    async (_label, override, field, message) => {
      const before = await rowCount(t, 'organisations');
      const body = await t.gql(CREATE, { input: { name: 'Gemeinde Falsch', kind: 'MUNICIPALITY', ...override } });
      expect(body.data).toBeNull();
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].extensions?.fields?.[field]?.join(' ')).toContain(message);
      expect(body.errors?.[0].message).toContain(message);
      expect(await rowCount(t, 'organisations')).toBe(before);
    },
  );

  it('refuses an unknown kind and lists the allowed kinds', async () => {
    const before = await rowCount(t, 'organisations');
    const body = await t.gql(CREATE, { input: { name: 'Gemeinde X', kind: 'VILLAGE' } });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toContain('VILLAGE');
    expect(body.errors?.[0].message).toContain('MUNICIPALITY, COUNTY, STATE');
    expect(await rowCount(t, 'organisations')).toBe(before);
  });

  it('reports every invalid field at once', async () => {
    const body = await t.gql(CREATE, { input: { name: '', kind: 'COUNTY', population: -1 } });
    expect(Object.keys(body.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['name', 'population']);
  });

  it('refuses a municipality key that another organisation already has, with CONFLICT', async () => {
    await createOrganisation(t, { officialMunicipalityKey: '09162000' });
    const before = await rowCount(t, 'organisations');
    const body = await t.gql(CREATE, {
      input: { name: 'Doppelt', kind: 'MUNICIPALITY', officialMunicipalityKey: '09162000' },
    });
    expect(body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(body.errors?.[0].message).toContain('09162000');
    expect(await rowCount(t, 'organisations')).toBe(before);
  });

  it('updates only the fields given', async () => {
    const organisation = await createOrganisation(t, { name: 'Gemeinde Alt', population: 100 });
    const body = await t.gql(UPDATE, { id: organisation.id, input: { population: 120 } });
    expect(body.data?.updateOrganisation).toEqual({ id: organisation.id, name: 'Gemeinde Alt', population: 120 });
  });

  it('refuses an update that would empty the name, and keeps the old one', async () => {
    const organisation = await createOrganisation(t, { name: 'Gemeinde Bleibt' });
    const body = await t.gql(UPDATE, { id: organisation.id, input: { name: '' } });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ name }] = await t.dataSource.query('SELECT name FROM organisations WHERE id = $1', [organisation.id]);
    expect(name).toBe('Gemeinde Bleibt');
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await t.gql(UPDATE, { id: '7a0c0b7e-0000-4000-8000-000000000000', input: { population: 1 } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await t.gql(UPDATE, { id: 'not-a-uuid', input: { population: 1 } });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0].message).toContain('id muss eine ID (UUID) sein');
  });

  it('searches by part of the name, ignoring case and accents, and pages through the results', async () => {
    for (const name of ['Stadt Überlingen-Test', 'Gemeinde Oberlingen-Test', 'Landkreis Unterlingen-Test']) {
      await createOrganisation(t, { name });
    }
    const accents = await t.gql<{ organisations: { totalCount: number; nodes: { name: string }[] } }>(SEARCH, {
      search: 'uberlingen',
    });
    expect(accents.data?.organisations.nodes.map((o) => o.name)).toEqual(['Stadt Überlingen-Test']);

    const first = await t.gql<{
      organisations: {
        totalCount: number;
        nodes: { name: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(SEARCH, { search: 'LINGEN-test', first: 2 });
    expect(first.data?.organisations.totalCount).toBe(3);
    expect(first.data?.organisations.nodes.map((o) => o.name)).toEqual([
      'Gemeinde Oberlingen-Test',
      'Landkreis Unterlingen-Test',
    ]);
    expect(first.data?.organisations.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<{ organisations: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } } }>(
      SEARCH,
      {
        search: 'lingen-test',
        first: 2,
        after: first.data?.organisations.pageInfo.endCursor,
      },
    );
    expect(second.data?.organisations.nodes.map((o) => o.name)).toEqual(['Stadt Überlingen-Test']);
    expect(second.data?.organisations.pageInfo.hasNextPage).toBe(false);
  });

  it('treats % and _ in a search literally', async () => {
    const body = await t.gql<{ organisations: { totalCount: number } }>(SEARCH, { search: '%' });
    expect(body.data?.organisations.totalCount).toBe(0);
  });

  it('refuses a page size outside 1..100 and a forged cursor', async () => {
    const big = await t.gql(SEARCH, { first: 500 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].message).toContain('first muss zwischen 1 und 100 liegen, angegeben: 500');
    const forged = await t.gql(SEARCH, { after: 'bm9wZQ' });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
