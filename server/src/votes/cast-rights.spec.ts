import type { Viewer } from '../auth/viewer';
import { Role } from '../common/auth/permissions';
import { castRights, newReceipt } from './cast-rights';

const viewer = (roles: { partnershipId: string; role: Role; organisationId: string | null }[]): Viewer =>
  ({ user: { id: 'u' }, sessionId: 's', isPlatformAdmin: false, roles }) as unknown as Viewer;

const entitled = [
  { membershipId: 'm1', organisationId: 'o1', weight: '1', vetoHolder: false, chair: false },
  { membershipId: 'm2', organisationId: 'o2', weight: '1', vetoHolder: false, chair: false },
  { membershipId: 'm3', organisationId: 'o3', weight: '1', vetoHolder: false, chair: false },
];
const rep = (org: string, partnershipId = 'p') =>
  viewer([{ partnershipId, role: Role.REPRESENTATIVE, organisationId: org }]);

describe('castRights', () => {
  it('a representative casts for its own organisation in a written procedure', () => {
    expect(castRights({ partnershipId: 'p', entitled, attendance: null }, rep('o2'))).toEqual([
      { membershipId: 'm2', organisationId: 'o2', byProxy: false },
    ]);
  });
  it('not in another partnership, not without the representative role, not signed out', () => {
    expect(castRights({ partnershipId: 'p', entitled, attendance: null }, rep('o2', 'other'))).toEqual([]);
    expect(
      castRights(
        { partnershipId: 'p', entitled, attendance: null },
        viewer([{ partnershipId: 'p', role: Role.COMMUNITY_MANAGER, organisationId: null }]),
      ),
    ).toEqual([]);
    expect(castRights({ partnershipId: 'p', entitled, attendance: null }, null)).toEqual([]);
  });
  it('in a session: only when present, and for the absent members whose proxy it holds', () => {
    const attendance = { present: ['m1'], proxies: { m3: 'm1' } };
    expect(castRights({ partnershipId: 'p', entitled, attendance }, rep('o1'))).toEqual([
      { membershipId: 'm1', organisationId: 'o1', byProxy: false },
      { membershipId: 'm3', organisationId: 'o3', byProxy: true },
    ]);
    expect(castRights({ partnershipId: 'p', entitled, attendance }, rep('o2'))).toEqual([]);
    expect(castRights({ partnershipId: 'p', entitled, attendance }, rep('o3'))).toEqual([]);
  });
});

describe('newReceipt', () => {
  it('is three groups of four readable characters and practically never repeats', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newReceipt()));
    expect(codes.size).toBe(2000);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});
