import fc from 'fast-check';
import { AuditEventContent, chain, ChainedAuditEvent, checkCheckpoint, hashEvent, verifyChain } from './audit-chain';

const content = (sequence: number, overrides: Partial<AuditEventContent> = {}): AuditEventContent => ({
  sequence,
  partnershipId: '20000000-0000-4000-8000-000000000001',
  actorUserId: null,
  action: 'membership.changed',
  subjectType: 'Membership',
  subjectId: `m-${sequence}`,
  payload: { status: 'ACTIVE', weight: '1' },
  occurredAt: new Date(Date.UTC(2026, 10, 22, 9, 0, sequence)).toISOString(),
  ...overrides,
});

function build(n: number): ChainedAuditEvent[] {
  const events: ChainedAuditEvent[] = [];
  for (let i = 1; i <= n; i += 1) events.push(chain(content(i), events[events.length - 1] ?? null));
  return events;
}

describe('audit chain', () => {
  it('verifies an empty chain and a chain as written', () => {
    expect(verifyChain([])).toEqual({ valid: true, length: 0, lastHash: null });
    const events = build(5);
    expect(verifyChain(events)).toEqual({ valid: true, length: 5, lastHash: events[4].hash });
  });

  it('hashes the canonical form: key order in the payload does not matter, values do', () => {
    const a = hashEvent(content(1, { payload: { a: 1, b: 2 } }), null);
    expect(hashEvent(content(1, { payload: { b: 2, a: 1 } }), null)).toBe(a);
    expect(hashEvent(content(1, { payload: { a: 1, b: 3 } }), null)).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the changed event when any field of it is altered', () => {
    const fields: [keyof AuditEventContent, unknown][] = [
      ['actorUserId', 'someone-else'],
      ['action', 'membership.removed'],
      ['subjectType', 'Partnership'],
      ['subjectId', 'other'],
      ['payload', { status: 'LEFT', weight: '1' }],
      ['occurredAt', '2020-01-01T00:00:00.000Z'],
      ['partnershipId', null],
    ];
    for (const [field, value] of fields) {
      const events = build(4);
      events[2] = { ...events[2], [field]: value };
      expect(verifyChain(events)).toMatchObject({
        valid: false,
        brokenAt: 3,
        reason: expect.stringContaining('changed after it was written'),
      });
    }
  });

  it('finds a deleted event, a swapped pair and a rewritten tail', () => {
    const deleted = build(5);
    deleted.splice(2, 1);
    expect(verifyChain(deleted)).toMatchObject({
      valid: false,
      brokenAt: 4,
      reason: expect.stringContaining('event 3 is missing'),
    });

    const swapped = build(4);
    [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
    expect(verifyChain(swapped)).toMatchObject({ valid: false, brokenAt: 3 });

    // Rehashing a changed event is caught by its successor, which still points at the old hash.
    const rewritten = build(4);
    const changed = { ...content(2), payload: { forged: true } };
    rewritten[1] = { ...changed, previousHash: rewritten[0].hash, hash: hashEvent(changed, rewritten[0].hash) };
    expect(verifyChain(rewritten)).toMatchObject({
      valid: false,
      brokenAt: 3,
      reason: expect.stringContaining('does not point at the hash of event 2'),
    });
  });

  it('refuses to chain an event out of sequence', () => {
    const [first] = build(1);
    expect(() => chain(content(3), first)).toThrow('audit event sequence must be 2, got 3');
  });

  it('detects a change to any single event of any chain (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.string({ minLength: 1 }), (length, pick, note) => {
        const events = build(length);
        const index = pick % length;
        events[index] = { ...events[index], payload: { ...events[index].payload, note } };
        const status = verifyChain(events);
        expect(status.valid).toBe(false);
        expect(status.valid === false && status.brokenAt).toBe(index + 1);
      }),
    );
  });

  it('finds a checkpoint while the chain holds it, and misses it once the newest events are cut or rewritten', () => {
    const events = build(6);
    const head = { sequence: 4, hash: events[3].hash };
    expect(checkCheckpoint(events.slice(0, 4), head)).toBe('FOUND');
    expect(checkCheckpoint(events, head)).toBe('FOUND');
    // Cut: events 3 to 6 deleted. What is left verifies on its own; only the kept head shows the loss.
    expect(verifyChain(events.slice(0, 2)).valid).toBe(true);
    expect(checkCheckpoint(events.slice(0, 2), head)).toBe('MISSING');
    expect(checkCheckpoint([], head)).toBe('MISSING');
    // Cut and written on: a new event 4, validly chained, is not the one the checkpoint names.
    const regrown = [...events.slice(0, 3), chain(content(4, { payload: { forged: true } }), events[2])];
    expect(verifyChain(regrown).valid).toBe(true);
    expect(checkCheckpoint(regrown, head)).toBe('CHANGED');
    // An earlier event altered under its old hash.
    const altered = build(6);
    altered[1] = { ...altered[1], payload: { forged: true } };
    expect(checkCheckpoint(altered, head)).toBe('CHANGED');
  });

  it('never finds a checkpoint of a chain that lost or changed an event up to it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.nat(), fc.nat(), (length, at, cut) => {
        const events = build(length);
        const checkpoint = events[at % length];
        expect(checkCheckpoint(events, checkpoint)).toBe('FOUND');
        const kept = events.slice(0, cut % checkpoint.sequence);
        expect(checkCheckpoint(kept, checkpoint)).not.toBe('FOUND');
      }),
    );
  });
});
