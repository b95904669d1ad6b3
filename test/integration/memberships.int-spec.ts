import { addMember, createOrganisation, createPartnership, rowCount } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const UPDATE = `mutation($id: ID!, $input: UpdateMembershipInput!) {
  updateMembership(id: $id, input: $input) { id status voting voteWeight vetoRight joinedOn leftOn }
}`;

describe('memberships', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('adds an organisation as an active voting member with weight 1, joined today unless given', async () => {
    const p = await createPartnership(t);
    const o = await createOrganisation(t);
    const body = await addMember(t, p.id, o.id);
    expect(body.errors).toBeUndefined();
    expect(body.data?.addMembership).toMatchObject({
      status: 'ACTIVE',
      voteWeight: '1',
      joinedOn: new Date().toISOString().slice(0, 10),
      leftOn: null,
    });
  });

  it('refuses a second membership of the same organisation with CONFLICT and writes nothing', async () => {
    const p = await createPartnership(t, { name: 'Verbund Doppelt' });
    const o = await createOrganisation(t, { name: 'Stadt Doppelt' });
    await addMember(t, p.id, o.id);
    const before = await rowCount(t, 'memberships');
    const body = await addMember(t, p.id, o.id, { status: 'APPLIED' });
    expect(body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(body.errors?.[0].message).toContain('Stadt Doppelt ist schon Mitglied von Verbund Doppelt');
    expect(await rowCount(t, 'memberships')).toBe(before);
  });

  it.each([
    ['a zero vote weight', { voteWeight: '0' }, 'voteWeight', 'eine positive Zahl'],
    [
      'a vote weight with four decimals',
      { voteWeight: '1.2345' },
      'voteWeight',
      'bis zu 4 Stellen und 3 Nachkommastellen',
    ],
    [
      'leaving before joining',
      { status: 'LEFT', joinedOn: '2024-05-01', leftOn: '2023-01-01' },
      'leftOn',
      'darf nicht vor joinedOn',
    ],
    ['a leaving date while active', { leftOn: '2025-01-01' }, 'leftOn', 'nur mit dem Status LEFT erlaubt'],
    [
      'an unknown organisation',
      { organisationId: '7a0c0b7e-0000-4000-8000-000000000002' },
      'organisationId',
      'Keine Organisation mit der ID',
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, override, field, message) => {
    const p = await createPartnership(t);
    const o = await createOrganisation(t);
    const before = await rowCount(t, 'memberships');
    const body = await addMember(t, p.id, o.id, override);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.fields?.[field]?.join(' ')).toContain(message);
    expect(await rowCount(t, 'memberships')).toBe(before);
  });

  it('keeps fractional vote weights exact', async () => {
    const p = await createPartnership(t);
    const o = await createOrganisation(t);
    const body = await addMember(t, p.id, o.id, { voteWeight: '2.5', vetoRight: true });
    expect(body.data?.addMembership.voteWeight).toBe('2.5');
  });

  it('stores one spelling of a weight: "02.50" is "2.5", and setting it again changes nothing', async () => {
    const p = await createPartnership(t);
    const o = await createOrganisation(t);
    const added = await addMember(t, p.id, o.id, { voteWeight: '02.50' });
    expect(added.data?.addMembership.voteWeight).toBe('2.5');
    const again = await t.gql<{ updateMembership: { voteWeight: string } }>(UPDATE, {
      id: added.data!.addMembership.id,
      input: { voteWeight: '2.500' },
    });
    expect(again.data?.updateMembership.voteWeight).toBe('2.5');
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE subject_id = $1`,
      [added.data!.addMembership.id],
    );
    expect(count).toBe(1);
  });

  it('changes a membership: suspends it, then records the leaving date when it leaves', async () => {
    const p = await createPartnership(t);
    const o = await createOrganisation(t);
    const added = await addMember(t, p.id, o.id, { joinedOn: '2020-01-15' });
    const id = added.data!.addMembership.id;
    const suspended = await t.gql(UPDATE, { id, input: { status: 'SUSPENDED', voting: false } });
    expect(suspended.data?.updateMembership).toMatchObject({ status: 'SUSPENDED', voting: false, leftOn: null });
    const left = await t.gql(UPDATE, { id, input: { status: 'LEFT', leftOn: '2025-12-31' } });
    expect(left.data?.updateMembership).toMatchObject({ status: 'LEFT', joinedOn: '2020-01-15', leftOn: '2025-12-31' });
    const rejoined = await t.gql(UPDATE, { id, input: { status: 'ACTIVE' } });
    expect(rejoined.data?.updateMembership).toMatchObject({ status: 'ACTIVE', leftOn: null });
  });

  it('refuses an invalid change and leaves the membership as it was', async () => {
    const p = await createPartnership(t);
    const o = await createOrganisation(t);
    const added = await addMember(t, p.id, o.id, { joinedOn: '2022-03-01' });
    const id = added.data!.addMembership.id;
    const body = await t.gql(UPDATE, { id, input: { status: 'LEFT', leftOn: '2021-01-01' } });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [row] = await t.dataSource.query('SELECT status, left_on FROM memberships WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'ACTIVE', left_on: null });
  });
});
