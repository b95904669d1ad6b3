import fc from 'fast-check';
import { permissionsIn, Role, rolePermissions } from '../common/auth/permissions';
import { Granter, grantableRoles, mayGrant, mayRemove, RoleChange } from './role-grants';
import { type MessageRef, render } from '../common/i18n/messages';

/** Matches a message whose English text contains `text`. */
const saying = (text: string) => ({
  asymmetricMatch: (message: MessageRef) => render(message, 'en').includes(text),
  toString: () => `a message saying "${text}"`,
});

const P = 'p-1';
const OTHER = 'p-2';
const ORG = { id: 'o-1', name: 'Stadt Eins', hasRepresentative: true };
const as = (...roles: [Role, string?][]): Granter => ({
  isPlatformAdmin: false,
  roles: roles.map(([role, organisationId]) => ({ partnershipId: P, role, organisationId: organisationId ?? null })),
});
const role = (r: Role): RoleChange => ({ partnershipId: P, role: r, organisation: null });
const representative = (organisation = ORG): RoleChange => ({
  partnershipId: P,
  role: Role.REPRESENTATIVE,
  organisation,
});

describe('mayGrant', () => {
  it('lets a community manager grant only observers and community managers', () => {
    expect(grantableRoles(as([Role.COMMUNITY_MANAGER]), P)).toEqual([Role.COMMUNITY_MANAGER, Role.OBSERVER]);
    for (const r of [Role.ADMIN, Role.TREASURER, Role.PRODUCT_OWNER]) {
      const verdict = mayGrant(as([Role.COMMUNITY_MANAGER]), role(r));
      expect(verdict).toMatchObject({
        allowed: false,
        code: 'FORBIDDEN',
        message: saying(`You may not grant the role ${r}: it allows`),
      });
    }
  });

  it('lets an admin grant every role but a representative of a member that has one', () => {
    expect(grantableRoles(as([Role.ADMIN]), P)).toEqual(Object.values(Role).filter((r) => r !== Role.REPRESENTATIVE));
    expect(mayGrant(as([Role.ADMIN]), representative())).toMatchObject({ allowed: false, code: 'CONFLICT' });
    expect(mayGrant(as([Role.ADMIN]), representative({ ...ORG, hasRepresentative: false }))).toEqual({ allowed: true });
  });

  it('leaves a member’s representatives to the member once it has one', () => {
    expect(mayGrant(as([Role.COMMUNITY_MANAGER]), representative({ ...ORG, hasRepresentative: false }))).toEqual({
      allowed: true,
    });
    expect(mayGrant(as([Role.COMMUNITY_MANAGER]), representative())).toMatchObject({
      code: 'CONFLICT',
      message: saying('Stadt Eins already has a representative'),
    });
    expect(mayGrant(as([Role.REPRESENTATIVE, ORG.id]), representative())).toEqual({ allowed: true });
    expect(mayGrant(as([Role.REPRESENTATIVE, 'o-2']), representative())).toMatchObject({
      code: 'FORBIDDEN',
      message: saying('you may invite representatives of the organisation you represent'),
    });
    expect(mayGrant(as([Role.REPRESENTATIVE, ORG.id]), role(Role.OBSERVER))).toMatchObject({
      code: 'FORBIDDEN',
      message: saying('you need PEOPLE_MANAGE'),
    });
  });

  it('counts only the roles held in the partnership concerned', () => {
    const elsewhere: Granter = {
      isPlatformAdmin: false,
      roles: [{ partnershipId: OTHER, role: Role.ADMIN, organisationId: null }],
    };
    expect(mayGrant(elsewhere, role(Role.OBSERVER))).toMatchObject({ allowed: false });
    expect(
      mayGrant(
        {
          isPlatformAdmin: false,
          roles: [{ partnershipId: OTHER, role: Role.REPRESENTATIVE, organisationId: ORG.id }],
        },
        representative(),
      ),
    ).toMatchObject({ allowed: false });
  });

  it('never lets anyone but a platform admin grant a permission they lack (property)', () => {
    const roles = fc.array(
      fc.record({
        partnershipId: fc.constantFrom(P, OTHER),
        role: fc.constantFrom(...Object.values(Role)),
        organisationId: fc.constant(null),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(
        roles,
        fc.constantFrom(...Object.values(Role).filter((r) => r !== Role.REPRESENTATIVE)),
        (held, target) => {
          const granter: Granter = { isPlatformAdmin: false, roles: held };
          const verdict = mayGrant(granter, role(target));
          const have = permissionsIn(granter, P);
          if (verdict.allowed) expect(rolePermissions[target].every((p) => have.has(p))).toBe(true);
        },
      ),
    );
  });

  it('lets a platform admin grant anything', () => {
    const admin: Granter = { isPlatformAdmin: true, roles: [] };
    for (const r of Object.values(Role))
      expect(mayGrant(admin, r === Role.REPRESENTATIVE ? representative() : role(r))).toEqual({ allowed: true });
  });
});

describe('mayRemove', () => {
  it('lets a representative be taken away by its organisation’s representatives or itself, not by the community manager', () => {
    expect(mayRemove(as([Role.COMMUNITY_MANAGER]), representative(), false)).toMatchObject({
      code: 'FORBIDDEN',
      message: saying('decided by Stadt Eins'),
    });
    expect(mayRemove(as([Role.REPRESENTATIVE, ORG.id]), representative(), false)).toEqual({ allowed: true });
    expect(mayRemove(as([Role.OBSERVER]), representative(), true)).toEqual({ allowed: true });
  });

  it('keeps a community manager from taking away an admin or a treasurer', () => {
    expect(mayRemove(as([Role.COMMUNITY_MANAGER]), role(Role.ADMIN), false)).toMatchObject({
      code: 'FORBIDDEN',
      message: saying('You may not take away the role ADMIN'),
    });
    expect(mayRemove(as([Role.COMMUNITY_MANAGER]), role(Role.OBSERVER), false)).toEqual({ allowed: true });
  });
});
