import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const INVITE = `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { id email role organisation { name } } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { email role partnershipName partnershipSlug organisationName accountExists } }`;
type Accepted = { acceptInvitation: { email: string; roles: unknown[] } };
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email displayName roles { role partnership { slug } organisation { name } } } }`;
const PEOPLE = `query($slug: String!) { partnership(slug: $slug) { viewerPermissions people { id role user { email } organisation { name } } invitations { email } } }`;

async function tokenMailedTo(t: TestApp, email: string): Promise<string> {
  const [mail] = await t.dataSource.query(
    `SELECT body FROM outbox_mails WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  return /einladung\/([\w-]+)/.exec(mail.body)![1];
}

describe('people, roles and invitations', () => {
  let t: TestApp;
  let partnership: { id: string; slug: string };
  let member: { id: string };
  let manager: string;

  beforeAll(async () => {
    t = await createTestApp();
    partnership = await createPartnership(t, { slug: 'personen-verbund', publicTransparency: false });
    member = await createOrganisation(t, { name: 'Stadt Mitglied' });
    await addMember(t, partnership.id, member.id);
    // A platform admin invites the first community manager, who sets a password and is signed in.
    await t.gql(INVITE, {
      input: { partnershipId: partnership.id, email: 'cm@personen.example', role: 'COMMUNITY_MANAGER' },
    });
    const token = await tokenMailedTo(t, 'cm@personen.example');
    const accepted = await t.gqlAs(null, ACCEPT, {
      input: { token, displayName: 'Clara Manager', password: 'clara manages it all' },
    });
    expect(accepted.data?.acceptInvitation).toMatchObject({
      email: 'cm@personen.example',
      roles: [{ role: 'COMMUNITY_MANAGER', partnership: { slug: 'personen-verbund' } }],
    });
    manager = await t.signIn('cm@personen.example', 'clara manages it all');
  });
  afterAll(() => t.close());

  it('lets the community manager invite a representative of a member organisation, who then acts for it', async () => {
    const invite = await t.gqlAs(manager, INVITE, {
      input: {
        partnershipId: partnership.id,
        email: 'rep@personen.example',
        role: 'REPRESENTATIVE',
        organisationId: member.id,
      },
    });
    expect(invite.data?.createInvitation).toMatchObject({
      role: 'REPRESENTATIVE',
      organisation: { name: 'Stadt Mitglied' },
    });
    const token = await tokenMailedTo(t, 'rep@personen.example');
    const preview = await t.gqlAs(null, PREVIEW, { token });
    expect(preview.data?.invitation).toEqual({
      email: 'rep@personen.example',
      role: 'REPRESENTATIVE',
      partnershipName: expect.any(String),
      partnershipSlug: 'personen-verbund',
      organisationName: 'Stadt Mitglied',
      accountExists: false,
    });
    const accepted = await t.gqlAs<Accepted>(null, ACCEPT, {
      input: { token, displayName: 'Rita Rep', password: 'rita represents us' },
    });
    expect(accepted.data?.acceptInvitation.roles).toEqual([
      { role: 'REPRESENTATIVE', partnership: { slug: 'personen-verbund' }, organisation: { name: 'Stadt Mitglied' } },
    ]);
  });

  it('uses an invitation once only', async () => {
    await t.gqlAs(manager, INVITE, {
      input: { partnershipId: partnership.id, email: 'once@personen.example', role: 'OBSERVER' },
    });
    const token = await tokenMailedTo(t, 'once@personen.example');
    await t.gqlAs(null, ACCEPT, { input: { token, displayName: 'Otto', password: 'otto observes a lot' } });
    const again = await t.gqlAs(null, ACCEPT, {
      input: { token, displayName: 'Otto 2', password: 'otto observes a lot' },
    });
    expect(again.errors?.[0]).toMatchObject({
      // No Accept-Language, nobody signed in: German, the default.
      message: 'Diese Einladung wurde schon angenommen: Melden Sie sich stattdessen an',
      extensions: { code: 'CONFLICT', messageKey: 'invitation.alreadyUsed' },
    });
  });

  it('refuses an expired invitation and one that was withdrawn', async () => {
    const expired = await t.gqlAs<{ createInvitation: { id: string } }>(manager, INVITE, {
      input: { partnershipId: partnership.id, email: 'late@personen.example', role: 'OBSERVER' },
    });
    const lateToken = await tokenMailedTo(t, 'late@personen.example');
    await t.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 day' WHERE id = $1`, [
      expired.data!.createInvitation.id,
    ]);
    expect((await t.gqlAs(null, PREVIEW, { token: lateToken })).errors?.[0].message).toMatch(
      /^Diese Einladung ist am \d{1,2}\. \p{L}+ \d{4} abgelaufen/u,
    );

    const withdrawn = await t.gqlAs<{ createInvitation: { id: string } }>(manager, INVITE, {
      input: { partnershipId: partnership.id, email: 'nope@personen.example', role: 'OBSERVER' },
    });
    const token = await tokenMailedTo(t, 'nope@personen.example');
    expect(
      (
        await t.gqlAs(manager, `mutation($id: ID!) { revokeInvitation(id: $id) }`, {
          id: withdrawn.data!.createInvitation.id,
        })
      ).data,
    ).toEqual({ revokeInvitation: true });
    const body = await t.gqlAs(null, ACCEPT, { input: { token, displayName: 'N', password: 'never gets in here' } });
    expect(body.errors?.[0].message).toBe(
      'Diese Einladung wurde zurückgezogen: Bitten Sie das Community-Management um eine neue',
    );
  });

  it('refuses a representative without a member organisation, and an organisation for other roles', async () => {
    const none = await t.gqlAs(manager, INVITE, {
      input: { partnershipId: partnership.id, email: 'x@personen.example', role: 'REPRESENTATIVE' },
    });
    expect(none.errors?.[0].extensions?.fields?.organisationId?.[0]).toContain('braucht die Mitgliedsorganisation');
    const outsiderOrg = await createOrganisation(t, { name: 'Stadt Nichtmitglied' });
    const notMember = await t.gqlAs(manager, INVITE, {
      input: {
        partnershipId: partnership.id,
        email: 'x@personen.example',
        role: 'REPRESENTATIVE',
        organisationId: outsiderOrg.id,
      },
    });
    expect(notMember.errors?.[0].extensions?.fields?.organisationId?.[0]).toContain('muss ein aktives Mitglied');
    const extra = await t.gqlAs(manager, INVITE, {
      input: {
        partnershipId: partnership.id,
        email: 'x@personen.example',
        role: 'TREASURER',
        organisationId: member.id,
      },
    });
    expect(extra.errors?.[0].extensions?.fields?.organisationId?.[0]).toContain(
      'wird nur für die Rolle REPRESENTATIVE angegeben',
    );
  });

  it('asks an existing account to sign in before it accepts, as the invited address only', async () => {
    const existing = await t.createUser('known@personen.example');
    const other = await t.createUser('other@personen.example');
    await t.gqlAs(manager, INVITE, {
      input: { partnershipId: partnership.id, email: 'known@personen.example', role: 'OBSERVER' },
    });
    const token = await tokenMailedTo(t, 'known@personen.example');
    expect((await t.gqlAs(null, PREVIEW, { token })).data?.invitation).toMatchObject({ accountExists: true });
    expect((await t.gqlAs(null, ACCEPT, { input: { token } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gqlAs(other, ACCEPT, { input: { token } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const accepted = await t.gqlAs<Accepted>(existing, ACCEPT, { input: { token } });
    expect(accepted.data?.acceptInvitation.roles).toEqual([expect.objectContaining({ role: 'OBSERVER' })]);
  });

  it('takes a removed role away from the next request on, and records grants and removals', async () => {
    const observer = await t.createUser('weg@personen.example', {
      roles: [{ partnershipId: partnership.id, role: 'OBSERVER' }],
    });
    expect((await t.gqlAs(observer, PEOPLE, { slug: partnership.slug })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    ); // observers do not see people
    expect(
      (
        await t.gqlAs<{ partnership: { viewerPermissions: string[] } }>(
          observer,
          `query($slug: String!) { partnership(slug: $slug) { viewerPermissions } }`,
          { slug: partnership.slug },
        )
      ).data?.partnership.viewerPermissions,
    ).toEqual(['AUDIT_READ', 'PARTNERSHIP_READ']);
    const people = await t.gqlAs<{ partnership: { people: { id: string; user: { email: string } }[] } }>(
      manager,
      PEOPLE,
      { slug: partnership.slug },
    );
    const role = people.data!.partnership.people.find((p) => p.user.email === 'weg@personen.example')!;
    expect((await t.gqlAs(manager, `mutation($id: ID!) { removeRole(id: $id) }`, { id: role.id })).data).toEqual({
      removeRole: true,
    });
    expect(
      (
        await t.gqlAs(observer, `query($slug: String!) { partnership(slug: $slug) { name } }`, {
          slug: partnership.slug,
        })
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const actions = await t.dataSource.query(`SELECT action FROM audit_events WHERE chain_key = $1 ORDER BY sequence`, [
      partnership.id,
    ]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['invitation.created', 'role.granted', 'invitation.revoked', 'role.removed']),
    );
  });

  it('keeps the last community manager', async () => {
    const people = await t.gqlAs<{ partnership: { people: { id: string; role: string }[] } }>(manager, PEOPLE, {
      slug: partnership.slug,
    });
    const cm = people.data!.partnership.people.find((p) => p.role === 'COMMUNITY_MANAGER')!;
    const body = await t.gqlAs(manager, `mutation($id: ID!) { removeRole(id: $id) }`, { id: cm.id });
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining('mindestens ein Community-Management'),
    });
  });

  describe('isolation between partnerships', () => {
    let other: { id: string; slug: string };
    let otherMembership: string;
    beforeAll(async () => {
      other = await createPartnership(t, { slug: 'anderer-verbund', publicTransparency: true });
      const org = await createOrganisation(t, { name: 'Stadt Anderswo' });
      otherMembership = (await addMember(t, other.id, org.id)).data!.addMembership.id;
    });

    it('lets a community manager of one partnership read another’s public page, but not its people, invitations or audit log', async () => {
      const read = await t.gqlAs(
        manager,
        `query($slug: String!) { partnership(slug: $slug) { name viewerPermissions } }`,
        { slug: other.slug },
      );
      expect(read.data?.partnership).toMatchObject({ viewerPermissions: [] });
      for (const field of [
        'people { id }',
        'invitations { id }',
        'auditLog { totalCount }',
        'auditChainStatus { valid }',
      ]) {
        const body = await t.gqlAs(manager, `query($slug: String!) { partnership(slug: $slug) { ${field} } }`, {
          slug: other.slug,
        });
        expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('refuses changes to another partnership: members, invitations, roles', async () => {
      const org = await createOrganisation(t, { name: 'Stadt Eindringling' });
      const attempts = [
        t.gqlAs(manager, `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id } }`, {
          input: { partnershipId: other.id, organisationId: org.id },
        }),
        t.gqlAs(manager, `mutation($id: ID!) { updateMembership(id: $id, input: { voting: false }) { id } }`, {
          id: otherMembership,
        }),
        t.gqlAs(manager, INVITE, { input: { partnershipId: other.id, email: 'spy@personen.example', role: 'ADMIN' } }),
      ];
      for (const body of await Promise.all(attempts)) expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM memberships WHERE partnership_id = $1`,
        [other.id],
      );
      expect(count).toBe(1);
    });

    it('shows another person’s roles only where the viewer may see people', async () => {
      const both = await t.createUser('beide@personen.example', {
        roles: [
          { partnershipId: partnership.id, role: 'TREASURER' },
          { partnershipId: other.id, role: 'TREASURER' },
        ],
      });
      void both;
      const body = await t.gqlAs<{
        partnership: { people: { user: { email: string; roles: { partnership: { slug: string } }[] } }[] };
      }>(
        manager,
        `query($slug: String!) { partnership(slug: $slug) { people { user { email roles { partnership { slug } } } } } }`,
        { slug: partnership.slug },
      );
      const person = body.data!.partnership.people.find((p) => p.user.email === 'beide@personen.example')!;
      expect(person.user.roles.map((r) => r.partnership.slug)).toEqual(['personen-verbund']);
    });
  });
});
