import { VoteJobs } from '../../server/src/votes/vote-jobs';
import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';
import { votingPartnership } from './support/votes-setup';

const APPLY = `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id status } }`;
const application = (partnershipId: string, name: string) => ({
  partnershipId,
  organisationName: name,
  organisationKind: 'MUNICIPALITY',
  state: 'NI',
  population: 12000,
  contactName: 'Erika Muster',
  contactEmail: 'erika@lindenhain.example',
  statement: 'Wir möchten die Datenplattform gemeinsam weiterentwickeln.',
});

describe('membership applications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('anyone applies to a public partnership; the community manager admits: membership and seats follow, leaving ends them', async () => {
    const p = await createPartnership(t, { publicTransparency: true });
    const cm = await t.createUser('cm-apply@apply.example', {
      roles: [{ partnershipId: p.id, role: 'COMMUNITY_MANAGER' }],
    });
    await t.gqlAs(cm, `mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`, {
      input: { partnershipId: p.id, name: 'Versammlung', kind: 'GENERAL_ASSEMBLY', cadence: 'YEARLY' },
    });
    const applied = await t.gqlAs<{ applyForMembership: { id: string; status: string } }>(null, APPLY, {
      input: application(p.id, 'Stadt Lindenhain'),
    });
    expect(applied.data?.applyForMembership.status).toBe('SUBMITTED');
    const again = await t.gqlAs(null, APPLY, { input: application(p.id, 'stadt lindenhain') });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const list = await t.gqlAs<{
      partnership: { membershipApplications: { organisationName: string; contactEmail: string }[] };
    }>(
      cm,
      `query($slug: String!) { partnership(slug: $slug) { membershipApplications { organisationName contactEmail } } }`,
      { slug: p.slug },
    );
    expect(list.data?.partnership.membershipApplications).toEqual([
      { organisationName: 'Stadt Lindenhain', contactEmail: 'erika@lindenhain.example' },
    ]);
    const anonymousList = await t.gqlAs(
      null,
      `query($slug: String!) { partnership(slug: $slug) { membershipApplications { organisationName } } }`,
      { slug: p.slug },
    );
    expect(anonymousList.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const admitted = await t.gqlAs<{
      admitApplication: { status: string; membership: { id: string; status: string } };
    }>(cm, `mutation($id: ID!) { admitApplication(id: $id) { status membership { id status } } }`, {
      id: applied.data!.applyForMembership.id,
    });
    expect(admitted.data?.admitApplication).toMatchObject({ status: 'ADMITTED', membership: { status: 'ACTIVE' } });
    const membershipId = admitted.data!.admitApplication.membership.id;
    const seats = await t.dataSource.query('SELECT kind, ended_on FROM committee_seats WHERE membership_id = $1', [
      membershipId,
    ]);
    expect(seats).toEqual([{ kind: 'VOTING', ended_on: null }]);
    const mails: { subject: string; body: string }[] = await t.dataSource.query(
      `SELECT subject, body FROM outbox_mails WHERE recipient = 'erika@lindenhain.example' ORDER BY created_at`,
    );
    // The contact person has no account, so no language the platform knows: German, then English.
    expect(mails.map((m) => m.subject)).toEqual([
      `Ihr Mitgliedsantrag bei ${p.name} / Your membership application to ${p.name}`,
      `Willkommen in ${p.name} / Welcome to ${p.name}`,
    ]);
    expect(mails[1].body).toMatch(
      /^Guten Tag [\s\S]+ ist seit \d{1,2}\. \S+ \d{4} Mitglied in [\s\S]+\n\n— English —\n\nHello /,
    );

    const left = await t.gqlAs(
      cm,
      `mutation($id: ID!, $input: UpdateMembershipInput!) { updateMembership(id: $id, input: $input) { status leftOn } }`,
      {
        id: membershipId,
        input: { status: 'LEFT' },
      },
    );
    expect(left.errors).toBeUndefined();
    const [ended] = await t.dataSource.query('SELECT ended_on::text FROM committee_seats WHERE membership_id = $1', [
      membershipId,
    ]);
    expect(ended.ended_on).toBe(new Date().toISOString().slice(0, 10));
  });

  it('refuses an application to a closed partnership from a stranger, telling nothing about it', async () => {
    const p = await createPartnership(t, { publicTransparency: false });
    const body = await t.gqlAs(null, APPLY, { input: application(p.id, 'Gemeinde Zu') });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toBe('Keine Partnerschaft mit dieser ID nimmt Aufnahmeanträge von Ihnen an');
  });

  it('where the partnership admits by vote, the committee’s written vote decides', async () => {
    const vp = await votingPartnership(t, 2);
    await t.dataSource.query(`UPDATE partnerships SET public_transparency = true WHERE id = $1`, [vp.partnershipId]);
    const set = await t.gqlAs(
      vp.cm,
      `mutation($input: SetAdmissionInput!) { setAdmission(input: $input) { admission admissionCommitteeId } }`,
      {
        input: { partnershipId: vp.partnershipId, admission: 'VOTE', committeeId: vp.committeeId },
      },
    );
    expect(set.errors).toBeUndefined();
    const applied = await t.gqlAs<{ applyForMembership: { id: string } }>(null, APPLY, {
      input: application(vp.partnershipId, 'Kreis Wiesental'),
    });
    const id = applied.data!.applyForMembership.id;
    const direct = await t.gqlAs(vp.cm, `mutation($id: ID!) { admitApplication(id: $id) { status } }`, { id });
    expect(direct.errors?.[0].message).toContain('nimmt Mitglieder per Gremienabstimmung auf');
    const voting = await t.gqlAs<{ putApplicationToVote: { status: string; vote: { id: string } } }>(
      vp.cm,
      `mutation($input: PutApplicationToVoteInput!) { putApplicationToVote(input: $input) { status vote { id } } }`,
      { input: { applicationId: id, deadline: new Date(Date.now() + 2 * 3600_000).toISOString() } },
    );
    expect(voting.data?.putApplicationToVote.status).toBe('IN_VOTE');
    const voteId = voting.data!.putApplicationToVote.vote.id;
    for (const m of vp.members) {
      await t.gqlAs(m.cookie, `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`, {
        input: { voteId, membershipId: m.membershipId, choice: 'YES' },
      });
    }
    await t.dataSource.query(`UPDATE votes SET deadline = now() WHERE id = $1`, [voteId]);
    await t.app.get(VoteJobs).round();
    const [row] = await t.dataSource.query('SELECT status, membership_id FROM membership_applications WHERE id = $1', [
      id,
    ]);
    expect(row.status).toBe('ADMITTED');
    expect(row.membership_id).not.toBeNull();
  });

  it('refuses an organisation that is already a member', async () => {
    const p = await createPartnership(t, { publicTransparency: true });
    const o = await createOrganisation(t, { name: 'Stadt Schon' });
    await addMember(t, p.id, o.id);
    const body = await t.gqlAs(null, APPLY, { input: { ...application(p.id, 'Stadt Schon'), organisationId: o.id } });
    expect(body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(body.errors?.[0].message).toContain('ist schon Mitglied von');
  });
});
