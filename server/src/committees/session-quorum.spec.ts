import { sessionQuorum } from './session-quorum';

const seats = (covered: boolean[], weights?: string[]) =>
  covered.map((c, i) => ({ covered: c, weight: weights?.[i] ?? '1' }));

describe('sessionQuorum', () => {
  it('without a quorum, any presence is enough', () => {
    expect(sessionQuorum({ kind: 'NONE' }, seats([false, false]), true).met).toBe(false);
    expect(sessionQuorum({ kind: 'NONE' }, seats([true, false]), true)).toMatchObject({
      met: true,
      required: null,
      presentCount: 1,
    });
  });
  it('half of 4 is exactly met with 2 and missed with 1', () => {
    const half = { kind: 'FRACTION', fraction: { p: 1, q: 2 }, of: 'PRESENCE' } as const;
    expect(sessionQuorum(half, seats([true, true, false, false]), true)).toMatchObject({ met: true, required: '2' });
    expect(sessionQuorum(half, seats([true, false, false, false]), true).met).toBe(false);
  });
  it('counts weights when weighted, heads when not', () => {
    const twoThirds = { kind: 'FRACTION', fraction: { p: 2, q: 3 }, of: 'PRESENCE' } as const;
    const s = seats([true, false, false], ['4', '1', '1']);
    expect(sessionQuorum(twoThirds, s, true)).toMatchObject({
      met: true,
      presentWeight: '4',
      entitledWeight: '6',
      required: '4',
    });
    expect(sessionQuorum(twoThirds, s, false).met).toBe(false);
  });
  it('a count quorum counts voters', () => {
    expect(sessionQuorum({ kind: 'COUNT', count: 3, of: 'PRESENCE' }, seats([true, true, false]), true)).toMatchObject({
      met: false,
      unit: 'VOTERS',
    });
    expect(sessionQuorum({ kind: 'COUNT', count: 2, of: 'PRESENCE' }, seats([true, true, false]), true).met).toBe(true);
  });
});
