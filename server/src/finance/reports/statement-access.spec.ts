import { Role } from '../../common/auth/permissions';
import type { Viewer } from '../../auth/viewer';
import { fileSlug } from './exports.controller';
import { mayReadStatement, representedOrganisations } from './statement-access';

const viewer = (
  roles: { partnershipId: string; role: Role; organisationId?: string | null }[],
  isPlatformAdmin = false,
) => ({ isPlatformAdmin, roles: roles.map((r) => ({ organisationId: null, ...r })) }) as unknown as Viewer;

describe('who may read a statement', () => {
  it('lets the treasury read every member’s statement, in its own partnership only', () => {
    const treasurer = viewer([{ partnershipId: 'p', role: Role.TREASURER }]);
    expect(mayReadStatement(treasurer, 'p', 'a')).toBe(true);
    expect(mayReadStatement(treasurer, 'q', 'a')).toBe(false);
    expect(mayReadStatement(viewer([{ partnershipId: 'p', role: Role.COMMUNITY_MANAGER }]), 'p', 'a')).toBe(true);
    expect(mayReadStatement(viewer([], true), 'p', 'a')).toBe(true);
  });

  it('lets a representative read only the organisation it represents there', () => {
    const representative = viewer([
      { partnershipId: 'p', role: Role.REPRESENTATIVE, organisationId: 'a' },
      { partnershipId: 'q', role: Role.REPRESENTATIVE, organisationId: 'b' },
    ]);
    expect(mayReadStatement(representative, 'p', 'a')).toBe(true);
    expect(mayReadStatement(representative, 'p', 'b')).toBe(false);
    expect(mayReadStatement(representative, 'q', 'a')).toBe(false);
    expect(representedOrganisations(representative, 'p')).toEqual(['a']);
  });

  it('refuses observers, product owners and strangers', () => {
    expect(mayReadStatement(viewer([{ partnershipId: 'p', role: Role.OBSERVER }]), 'p', 'a')).toBe(false);
    expect(mayReadStatement(viewer([{ partnershipId: 'p', role: Role.PRODUCT_OWNER }]), 'p', 'a')).toBe(false);
    expect(mayReadStatement(null, 'p', 'a')).toBe(false);
  });
});

describe('fileSlug', () => {
  it('makes an organisation’s name safe for a file name', () => {
    expect(fileSlug('Stadt Störmünde-Süd')).toBe('stadt-stoermuende-sued');
    expect(fileSlug('Landesamt für Geobasisdaten & Raumbeobachtung')).toBe(
      'landesamt-fuer-geobasisdaten-raumbeobachtung',
    );
    expect(fileSlug('Communauté Épinal')).toBe('communaute-epinal');
  });
});
