import fc from 'fast-check';
import { holdsAnywhere, Permission, permissionsIn, Role, rolePermissions } from './permissions';

const P1 = 'p-1';
const P2 = 'p-2';
const roles = Object.values(Role);
const permissions = Object.values(Permission);

describe('permissionsIn', () => {
  it('gives nothing to a signed-out viewer', () => {
    expect(permissionsIn(null, P1).size).toBe(0);
  });

  it('gives a platform admin every permission in every partnership', () => {
    expect([...permissionsIn({ isPlatformAdmin: true, roles: [] }, P1)].sort()).toEqual([...permissions].sort());
  });

  it.each(roles)('gives %s exactly its permissions, and only in its own partnership', (role) => {
    const viewer = { isPlatformAdmin: false, roles: [{ partnershipId: P1, role }] };
    expect([...permissionsIn(viewer, P1)].sort()).toEqual([...rolePermissions[role]].sort());
    expect(permissionsIn(viewer, P2).size).toBe(0);
  });

  it('lets every role read its partnership and its audit log; only community managers and admins manage people and members', () => {
    for (const role of roles) {
      expect(rolePermissions[role]).toEqual(
        expect.arrayContaining([Permission.PARTNERSHIP_READ, Permission.AUDIT_READ]),
      );
      const manages = rolePermissions[role].includes(Permission.PEOPLE_MANAGE);
      expect(manages).toBe(role === Role.COMMUNITY_MANAGER || role === Role.ADMIN);
      expect(rolePermissions[role].includes(Permission.MEMBERS_MANAGE)).toBe(manages);
    }
  });

  it('is the union of the roles held there, whatever else is held elsewhere (property)', () => {
    const held = fc.array(fc.record({ partnershipId: fc.constantFrom(P1, P2), role: fc.constantFrom(...roles) }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(held, (list) => {
        const expected = new Set(list.filter((r) => r.partnershipId === P1).flatMap((r) => rolePermissions[r.role]));
        expect(permissionsIn({ isPlatformAdmin: false, roles: list }, P1)).toEqual(expected);
      }),
    );
  });
});

describe('holdsAnywhere', () => {
  it('asks whether any held role carries the permission', () => {
    expect(holdsAnywhere(null, Permission.ORGANISATIONS_CREATE)).toBe(false);
    expect(
      holdsAnywhere(
        { isPlatformAdmin: false, roles: [{ partnershipId: P2, role: Role.OBSERVER }] },
        Permission.ORGANISATIONS_CREATE,
      ),
    ).toBe(false);
    expect(
      holdsAnywhere(
        { isPlatformAdmin: false, roles: [{ partnershipId: P2, role: Role.COMMUNITY_MANAGER }] },
        Permission.ORGANISATIONS_CREATE,
      ),
    ).toBe(true);
    expect(holdsAnywhere({ isPlatformAdmin: true, roles: [] }, Permission.ORGANISATIONS_CREATE)).toBe(true);
  });
});
