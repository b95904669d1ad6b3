import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

/*
 * docs/security.md, "No escalation through invitations or roles": nobody grants a role whose permissions they do not
 * all hold, and a member organisation's representatives are its own affair. Before, a community manager (who holds
 * PEOPLE_MANAGE only) invited an address it controlled as ADMIN, TREASURER or as a second REPRESENTATIVE of a member,
 * accepted, and then kept the books or cast that member's ballot.
 */
const INVITE = `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { id email role } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email roles { role organisation { name } } } }`;
const REMOVE = `mutation($id: ID!) { removeRole(id: $id) }`;

describe('trust: no escalation through invitations or roles', () => {
  let t: TestApp;
  let partnership: { id: string; slug: string; name: string };
  let stadtA: { id: string; name: string };
  let stadtB: { id: string; name: string };
  let manager: string;
  let repA: string;

  const mailsTo = async (email: string): Promise<{ subject: string; body: string }[]> =>
    t.dataSource.query(`SELECT subject, body FROM outbox_mails WHERE recipient = $1 ORDER BY created_at, id`, [email]);
  const tokenFor = async (email: string) =>
    /einladung\/([\w-]+)/.exec((await mailsTo(email)).map((m) => m.body).join('\n'))![1];
  const invitationCount = async (email: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM invitations WHERE email = $1`, [email]))[0].n as number;
  const roleIdOf = async (email: string, role: string) =>
    (
      await t.dataSource.query(
        `SELECT r.id FROM partnership_roles r JOIN users u ON u.id = r.user_id WHERE u.email = $1 AND r.role = $2`,
        [email, role],
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await createTestApp();
    partnership = await createPartnership(t, { slug: 'vertrauen-rollen', publicTransparency: false });
    stadtA = await createOrganisation(t, { name: 'Stadt Avertreten' });
    stadtB = await createOrganisation(t, { name: 'Stadt Bohnevertretung' });
    for (const org of [stadtA, stadtB]) await addMember(t, partnership.id, org.id);
    manager = await t.createUser('cm@vertrauen.example', {
      roles: [{ partnershipId: partnership.id, role: 'COMMUNITY_MANAGER' }],
    });
    repA = await t.createUser('rep-a@vertrauen.example', {
      roles: [{ partnershipId: partnership.id, role: 'REPRESENTATIVE', organisationId: stadtA.id }],
    });
    // A second representative of Stadt A, who reads English: the one who hears of changes made by the first.
    await t.createUser('rep-a2@vertrauen.example', {
      roles: [{ partnershipId: partnership.id, role: 'REPRESENTATIVE', organisationId: stadtA.id }],
    });
    await t.dataSource.query(`UPDATE users SET preferred_language = 'EN' WHERE email = 'rep-a2@vertrauen.example'`);
  });
  afterAll(() => t.close());

  it('refuses a community manager who invites someone as ADMIN, TREASURER or PRODUCT_OWNER, saying what it may grant', async () => {
    for (const role of ['ADMIN', 'TREASURER', 'PRODUCT_OWNER']) {
      const body = await t.gqlAs(manager, INVITE, {
        input: { partnershipId: partnership.id, email: `selbst-${role}@vertrauen.example`, role },
      });
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(body.errors?.[0].message).toMatch(
        new RegExp(
          `^Sie dürfen die Rolle ${role} nicht vergeben: Sie erlaubt [A-Z_, ]+, was Sie in dieser Partnerschaft nicht haben`,
        ),
      );
      expect(body.errors?.[0].message).toContain('Sie dürfen COMMUNITY_MANAGER, OBSERVER und die erste Vertretung');
      expect(await invitationCount(`selbst-${role}@vertrauen.example`)).toBe(0);
    }
    // What it holds, it may pass on.
    expect(
      (
        await t.gqlAs(manager, INVITE, {
          input: { partnershipId: partnership.id, email: 'beob@vertrauen.example', role: 'OBSERVER' },
        })
      ).data?.createInvitation,
    ).toMatchObject({ role: 'OBSERVER' });
  });

  it('refuses a community manager who names a second representative of a member that has one, and lets it name the first', async () => {
    const second = await t.gqlAs(manager, INVITE, {
      input: {
        partnershipId: partnership.id,
        email: 'stimme@vertrauen.example',
        role: 'REPRESENTATIVE',
        organisationId: stadtA.id,
      },
    });
    expect(second.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining('Stadt Avertreten hat schon eine Vertretung'),
    });
    expect(await invitationCount('stimme@vertrauen.example')).toBe(0);

    const first = await t.gqlAs(manager, INVITE, {
      input: {
        partnershipId: partnership.id,
        email: 'erste-b@vertrauen.example',
        role: 'REPRESENTATIVE',
        organisationId: stadtB.id,
      },
    });
    expect(first.data?.createInvitation).toMatchObject({ role: 'REPRESENTATIVE' });
  });

  it('lets a representative add another of its own organisation: audited, and mailed to the other representatives', async () => {
    const grants = await t.gqlAs<{
      partnership: { viewerGrants: { roles: string[]; representativeOrganisations: { name: string }[] } };
    }>(
      repA,
      `query($slug: String!) { partnership(slug: $slug) { viewerGrants { roles representativeOrganisations { name } } } }`,
      { slug: partnership.slug },
    );
    expect(grants.data?.partnership.viewerGrants).toEqual({
      roles: ['REPRESENTATIVE'],
      representativeOrganisations: [{ name: 'Stadt Avertreten' }],
    });

    const invited = await t.gqlAs<{ createInvitation: { id: string } }>(repA, INVITE, {
      input: {
        partnershipId: partnership.id,
        email: 'rep-a3@vertrauen.example',
        role: 'REPRESENTATIVE',
        organisationId: stadtA.id,
      },
    });
    expect(invited.errors).toBeUndefined();
    // The other representative hears of the invitation (in English), the one who sent it does not.
    const told = await mailsTo('rep-a2@vertrauen.example');
    expect(told).toEqual([
      expect.objectContaining({ subject: `Representative of Stadt Avertreten invited – ${partnership.name}` }),
    ]);
    expect(told[0].body).toContain(`has invited rep-a3@vertrauen.example to represent Stadt Avertreten`);
    expect(await mailsTo('rep-a@vertrauen.example')).toEqual([]);

    const accepted = await t.gqlAs<{ acceptInvitation: { roles: unknown[] } }>(null, ACCEPT, {
      input: {
        token: await tokenFor('rep-a3@vertrauen.example'),
        displayName: 'Dritte Vertretung',
        password: 'a third voice for A',
      },
    });
    expect(accepted.data?.acceptInvitation.roles).toEqual([
      { role: 'REPRESENTATIVE', organisation: { name: 'Stadt Avertreten' } },
    ]);
    // Both earlier representatives hear that the new one now acts for their organisation, each in their language.
    expect((await mailsTo('rep-a@vertrauen.example')).map((m) => m.subject)).toEqual([
      `Neue Vertretung von Stadt Avertreten – ${partnership.name}`,
    ]);
    expect((await mailsTo('rep-a2@vertrauen.example')).map((m) => m.subject)).toContain(
      `New representative of Stadt Avertreten – ${partnership.name}`,
    );

    const events: { action: string; actor_user_id: string | null; payload: Record<string, unknown> }[] =
      await t.dataSource.query(
        `SELECT action, actor_user_id, payload FROM audit_events WHERE chain_key = $1 AND payload->>'email' = 'rep-a3@vertrauen.example' ORDER BY sequence`,
        [partnership.id],
      );
    const [repAId] = (await t.dataSource.query(`SELECT id FROM users WHERE email = 'rep-a@vertrauen.example'`)).map(
      (u: { id: string }) => u.id,
    );
    expect(events.map((e) => e.action)).toEqual(['invitation.created', 'role.granted']);
    expect(events[0]).toMatchObject({
      actor_user_id: repAId,
      payload: { role: 'REPRESENTATIVE', organisationId: stadtA.id },
    });
    expect(events[1].payload).toMatchObject({ invitedByUserId: repAId, organisationId: stadtA.id });
  });

  it('keeps a representative to its own organisation and to representatives', async () => {
    const other = await t.gqlAs(repA, INVITE, {
      input: {
        partnershipId: partnership.id,
        email: 'fremd@vertrauen.example',
        role: 'REPRESENTATIVE',
        organisationId: stadtB.id,
      },
    });
    expect(other.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('Nur die Vertretungen von Stadt Bohnevertretung'),
    });
    const observer = await t.gqlAs(repA, INVITE, {
      input: { partnershipId: partnership.id, email: 'fremd@vertrauen.example', role: 'OBSERVER' },
    });
    expect(observer.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('brauchen Sie PEOPLE_MANAGE'),
    });
  });

  it('leaves taking a representative away to its organisation, and tells the others', async () => {
    const rep3 = await roleIdOf('rep-a3@vertrauen.example', 'REPRESENTATIVE');
    const byManager = await t.gqlAs(manager, REMOVE, { id: rep3 });
    expect(byManager.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('entscheidet Stadt Avertreten'),
    });
    expect((await t.gqlAs(repA, REMOVE, { id: rep3 })).data).toEqual({ removeRole: true });
    expect((await mailsTo('rep-a3@vertrauen.example')).map((m) => m.subject)).toContain(
      `Vertretung von Stadt Avertreten entfernt – ${partnership.name}`,
    );
    expect((await mailsTo('rep-a2@vertrauen.example')).map((m) => m.subject)).toContain(
      `Representative of Stadt Avertreten removed – ${partnership.name}`,
    );
  });

  it('checks again on acceptance: an invitation whose sender lost the role is void', async () => {
    await t.gqlAs(repA, INVITE, {
      input: {
        partnershipId: partnership.id,
        email: 'zu-spaet@vertrauen.example',
        role: 'REPRESENTATIVE',
        organisationId: stadtA.id,
      },
    });
    const token = await tokenFor('zu-spaet@vertrauen.example');
    // The organisation replaces its representative before the invitation is accepted.
    expect((await t.gql(REMOVE, { id: await roleIdOf('rep-a@vertrauen.example', 'REPRESENTATIVE') })).data).toEqual({
      removeRole: true,
    });

    const body = await t.gqlAs(null, ACCEPT, {
      input: { token, displayName: 'Zu Spät', password: 'arrives after the change' },
    });
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('darf die Rolle REPRESENTATIVE hier aber nicht mehr vergeben'),
    });
    expect(await t.dataSource.query(`SELECT id FROM users WHERE email = 'zu-spaet@vertrauen.example'`)).toEqual([]);
  });

  it('checks again on acceptance: the community manager’s invitation is void once the member has a representative', async () => {
    // The manager named a first representative of Stadt B above; meanwhile Stadt B got one another way.
    await t.createUser('rep-b@vertrauen.example', {
      roles: [{ partnershipId: partnership.id, role: 'REPRESENTATIVE', organisationId: stadtB.id }],
    });
    const body = await t.gqlAs(null, ACCEPT, {
      input: {
        token: await tokenFor('erste-b@vertrauen.example'),
        displayName: 'Erste B',
        password: 'first of b, but too late',
      },
    });
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining('Stadt Bohnevertretung hat jetzt eine Vertretung'),
    });
  });
});
