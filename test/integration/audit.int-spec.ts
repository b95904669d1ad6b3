import { appendAuditEvent, appendAuditEvents } from '../../server/src/audit/audit-append';
import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const LOG = `query($slug: String!) {
  partnership(slug: $slug) {
    auditLog(first: 10) { totalCount nodes { sequence action subjectType payload previousHash hash } }
    auditChainStatus { valid length brokenAtSequence reason lastHash }
  }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateMembershipInput!) { updateMembership(id: $id, input: $input) { id } }`;

interface LogBody {
  partnership: {
    auditLog: {
      totalCount: number;
      nodes: {
        sequence: number;
        action: string;
        payload: Record<string, unknown>;
        previousHash: string | null;
        hash: string;
      }[];
    };
    auditChainStatus: {
      valid: boolean;
      length: number;
      brokenAtSequence: number | null;
      reason: string | null;
      lastHash: string | null;
    };
  };
}

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function partnershipWithHistory() {
    const partnership = await createPartnership(t);
    const organisation = await createOrganisation(t, { name: 'Stadt Protokoll' });
    const added = await addMember(t, partnership.id, organisation.id, { joinedOn: '2024-01-01' });
    const membershipId = added.data!.addMembership.id;
    await t.gql(UPDATE, { id: membershipId, input: { voteWeight: '2', vetoRight: true } });
    return { partnership, membershipId };
  }

  it('records creation, admission and each change of a membership, chained and verified', async () => {
    const { partnership } = await partnershipWithHistory();
    const body = await t.gql<LogBody>(LOG, { slug: partnership.slug });
    const { auditLog, auditChainStatus } = body.data!.partnership;
    expect(auditLog.nodes.map((e) => [e.sequence, e.action])).toEqual([
      [3, 'membership.changed'],
      [2, 'membership.added'],
      [1, 'partnership.created'],
    ]);
    expect(auditLog.nodes[0].payload).toMatchObject({
      before: { voteWeight: '1', vetoRight: false },
      after: { voteWeight: '2', vetoRight: true },
    });
    expect(auditLog.nodes[0].previousHash).toBe(auditLog.nodes[1].hash);
    expect(auditLog.nodes[2].previousHash).toBeNull();
    expect(auditChainStatus).toEqual({
      valid: true,
      length: 3,
      brokenAtSequence: null,
      reason: null,
      lastHash: auditLog.nodes[0].hash,
    });
  });

  it('writes no event for a change that changes nothing', async () => {
    const { partnership, membershipId } = await partnershipWithHistory();
    await t.gql(UPDATE, { id: membershipId, input: { voteWeight: '2' } });
    const body = await t.gql<LogBody>(LOG, { slug: partnership.slug });
    expect(body.data!.partnership.auditLog.totalCount).toBe(3);
  });

  it.each([
    ['UPDATE', `UPDATE audit_events SET payload = '{}'`],
    ['DELETE', `DELETE FROM audit_events`],
    ['TRUNCATE', `TRUNCATE audit_events`],
  ])('refuses %s in the database itself, even to the table’s owner', async (operation, sql) => {
    await partnershipWithHistory();
    const owner = await t.owner();
    await expect(owner.query(sql)).rejects.toThrow(`audit_events is append-only: ${operation} is not allowed`);
  });

  it('names the event that was altered behind the trigger’s back', async () => {
    const { partnership } = await partnershipWithHistory();
    // What an administrator with full database rights could do: switch the trigger off and edit a row.
    await (
      await t.owner()
    ).transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      await manager.query(
        `UPDATE audit_events SET payload = jsonb_set(payload, '{joinedOn}', '"2020-01-01"') WHERE chain_key = $1 AND sequence = 2`,
        [partnership.id],
      );
      await manager.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    });
    const body = await t.gql<LogBody>(LOG, { slug: partnership.slug });
    expect(body.data!.partnership.auditChainStatus).toMatchObject({
      valid: false,
      length: 3,
      brokenAtSequence: 2,
      reason: 'event 2 was changed after it was written: its content no longer matches its hash',
    });
  });

  it('keeps one chain per partnership', async () => {
    const a = await partnershipWithHistory();
    const b = await partnershipWithHistory();
    const [logA, logB] = await Promise.all([
      t.gql<LogBody>(LOG, { slug: a.partnership.slug }),
      t.gql<LogBody>(LOG, { slug: b.partnership.slug }),
    ]);
    expect(logA.data!.partnership.auditLog.totalCount).toBe(3);
    expect(logB.data!.partnership.auditLog.totalCount).toBe(3);
    expect(logB.data!.partnership.auditChainStatus.valid).toBe(true);
  });

  it('keeps the chain intact under concurrent writes to one partnership', async () => {
    const partnership = await createPartnership(t);
    const organisations = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createOrganisation(t, { name: `Gleichzeitig ${i}` })),
    );
    await Promise.all(organisations.map((o) => addMember(t, partnership.id, o.id)));
    const body = await t.gql<LogBody>(LOG, { slug: partnership.slug });
    expect(body.data!.partnership.auditChainStatus).toMatchObject({ valid: true, length: 9 });
  });

  it('appends a batch spanning two partnerships to each chain in order, as one by one would', async () => {
    const a = await partnershipWithHistory();
    const b = await partnershipWithHistory();
    const entry = (partnershipId: string, n: number) => ({
      partnershipId,
      actorUserId: null,
      action: 'ballot.cast' as const,
      subjectType: 'Vote',
      subjectId: null,
      payload: { n },
    });
    await t.dataSource.transaction(async (manager) => {
      await appendAuditEvents(manager, [
        entry(b.partnership.id, 1),
        entry(a.partnership.id, 1),
        entry(b.partnership.id, 2),
        entry(a.partnership.id, 2),
        entry(b.partnership.id, 3),
      ]);
      await appendAuditEvent(manager, entry(a.partnership.id, 3));
    });
    const [logA, logB] = await Promise.all([
      t.gql<LogBody>(LOG, { slug: a.partnership.slug }),
      t.gql<LogBody>(LOG, { slug: b.partnership.slug }),
    ]);
    expect(logA.data!.partnership.auditLog.nodes.slice(0, 3).map((e) => [e.sequence, e.payload.n])).toEqual([
      [6, 3],
      [5, 2],
      [4, 1],
    ]);
    expect(logB.data!.partnership.auditLog.nodes.slice(0, 3).map((e) => [e.sequence, e.payload.n])).toEqual([
      [6, 3],
      [5, 2],
      [4, 1],
    ]);
    expect(logA.data!.partnership.auditChainStatus).toMatchObject({ valid: true, length: 6 });
    expect(logB.data!.partnership.auditChainStatus).toMatchObject({ valid: true, length: 6 });
  });
});
