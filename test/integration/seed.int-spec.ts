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
    const count = async () => (await t.dataSource.query(`SELECT (SELECT count(*) FROM memberships)::int AS m, (SELECT count(*) FROM partnership_roles)::int AS r, (SELECT count(*) FROM audit_events)::int AS a`))[0];
    const before = await count();
    await seedDemo(t.dataSource, { onlyIfEmpty: false });
    expect(await count()).toEqual(before);
    const status = await t.gql<{ partnership: { auditChainStatus: { valid: boolean; length: number } } }>(
      `{ partnership(slug: "geoportal-verbund") { auditChainStatus { valid length } } }`,
    );
    expect(status.data?.partnership.auditChainStatus.valid).toBe(true);
    expect(status.data?.partnership.auditChainStatus.length).toBeGreaterThan(10);
  });

  it('lets the demo community manager sign in and see the people of its partnership', async () => {
    const cookie = await t.signIn('gemeinschaft@geoportal-verbund.demo', DEMO_PASSWORD);
    const body = await t.gqlAs<{ partnership: { people: { role: string }[] } }>(cookie, `{ partnership(slug: "geoportal-verbund") { people { role } } }`);
    expect(body.data?.partnership.people.map((p) => p.role).sort()).toEqual(['COMMUNITY_MANAGER', 'OBSERVER', 'PRODUCT_OWNER', 'REPRESENTATIVE', 'TREASURER']);
  });
});
