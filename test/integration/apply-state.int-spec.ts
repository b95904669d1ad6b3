import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

// "Mitglied werden" is offered only where it makes sense: not to a member's representative, and not twice.

const STATE = `query($slug: String!) { partnership(slug: $slug) { viewerApplicationState } }`;
const APPLY = `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id status } }`;

let t: TestApp;
let slug: string;
let partnershipId: string;

const stateFor = async (cookie: string | null) =>
  (await t.ok<{ partnership: { viewerApplicationState: string } }>(cookie, STATE, { slug })).partnership
    .viewerApplicationState;

beforeAll(async () => {
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
  const p = await createPartnership(t, { publicTransparency: true });
  slug = p.slug;
  partnershipId = p.id;
});
afterAll(() => t.close());

describe('viewerApplicationState', () => {
  it('is NONE signed out', async () => {
    expect(await stateFor(null)).toBe('NONE');
  });

  it('is MEMBER for the representative of a member organisation, even one appointed in another partnership', async () => {
    const member = await createOrganisation(t);
    await addMember(t, partnershipId, member.id);
    const elsewhere = await createPartnership(t);
    await addMember(t, elsewhere.id, member.id);
    const cookie = await t.createUser('vertretung@stand.example', {
      roles: [{ partnershipId: elsewhere.id, role: 'REPRESENTATIVE', organisationId: member.id }],
    });
    expect(await stateFor(cookie)).toBe('MEMBER');
  });

  it('is NONE for a representative of an organisation that is no member here', async () => {
    const outsider = await createOrganisation(t);
    const elsewhere = await createPartnership(t);
    await addMember(t, elsewhere.id, outsider.id);
    const cookie = await t.createUser('fremd@stand.example', {
      roles: [{ partnershipId: elsewhere.id, role: 'REPRESENTATIVE', organisationId: outsider.id }],
    });
    expect(await stateFor(cookie)).toBe('NONE');
  });

  it('is PENDING once the viewer applied with its own e-mail, and for nobody else', async () => {
    const applicant = await t.createUser('antrag@stand.example');
    const bystander = await t.createUser('daneben@stand.example');
    expect(await stateFor(applicant)).toBe('NONE');
    await t.ok(null, APPLY, {
      input: {
        partnershipId,
        organisationName: 'Gemeinde Antragsdorf',
        organisationKind: 'MUNICIPALITY',
        state: 'NI',
        population: 3000,
        contactName: 'Anna Antrag',
        contactEmail: 'antrag@stand.example',
        statement: 'Wir möchten mitmachen.',
      },
    });
    expect(await stateFor(applicant)).toBe('PENDING');
    expect(await stateFor(bystander)).toBe('NONE');
  });
});
