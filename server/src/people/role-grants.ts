import { Permission, permissionsIn, Role, rolePermissions } from '../common/auth/permissions';
import { list, type MessageRef, msg } from '../common/i18n/messages';

/*
 * Who may grant or take away which role: pure, no I/O. Two rules (docs/security.md, "No escalation"):
 *  1. Nobody grants a role whose permissions they do not all hold, and only with PEOPLE_MANAGE (platform admins
 *     excepted). A community manager therefore names observers and community managers, an admin every role but a
 *     representative, and a platform admin anyone.
 *  2. A member organisation's vote belongs to that organisation: its representatives decide who else represents it.
 *     Someone with PEOPLE_MANAGE names the first one only while it has none. Taking a representative away is the
 *     organisation's matter too (its representatives, the person themself, or a platform admin).
 */

/** Whoever grants: the platform-admin flag and the roles held, each representative with its organisation. */
export interface Granter {
  isPlatformAdmin: boolean;
  roles: readonly { partnershipId: string; role: Role; organisationId: string | null }[];
}

/** The role given or taken; for a REPRESENTATIVE the organisation and whether it has a representative now. */
export interface RoleChange {
  partnershipId: string;
  role: Role;
  organisation: { id: string; name: string; hasRepresentative: boolean } | null;
}

export type Verdict = { allowed: true } | { allowed: false; code: 'FORBIDDEN' | 'CONFLICT'; message: MessageRef };

const allowed: Verdict = { allowed: true };
const refuse = (code: 'FORBIDDEN' | 'CONFLICT', message: MessageRef): Verdict => ({ allowed: false, code, message });

/** The organisations the granter represents in the partnership. */
export function representedOrganisations(granter: Granter, partnershipId: string): string[] {
  return granter.roles
    .filter((r) => r.partnershipId === partnershipId && r.role === Role.REPRESENTATIVE && r.organisationId)
    .map((r) => r.organisationId!);
}

/** The roles other than REPRESENTATIVE that the granter may give in the partnership (rule 1). */
export function grantableRoles(granter: Granter, partnershipId: string): Role[] {
  const held = permissionsIn(granter, partnershipId);
  if (!held.has(Permission.PEOPLE_MANAGE)) return [];
  return Object.values(Role).filter(
    (role) => role !== Role.REPRESENTATIVE && rolePermissions[role].every((p) => held.has(p)),
  );
}

export function mayGrant(granter: Granter, change: RoleChange): Verdict {
  if (granter.isPlatformAdmin) return allowed;
  if (change.role === Role.REPRESENTATIVE) return mayNameRepresentative(granter, change);
  return mayGiveOrTake(granter, change, 'grant');
}

/** Taking a role away follows the same lines: whoever may not grant a role may not take it either. */
export function mayRemove(granter: Granter, change: RoleChange, ownRole: boolean): Verdict {
  if (granter.isPlatformAdmin) return allowed;
  if (change.role !== Role.REPRESENTATIVE) return mayGiveOrTake(granter, change, 'take away');
  const organisation = change.organisation!;
  if (ownRole || representedOrganisations(granter, change.partnershipId).includes(organisation.id)) return allowed;
  return refuse('FORBIDDEN', msg('people.removeRepresentative', { organisation: organisation.name }));
}

function mayNameRepresentative(granter: Granter, change: RoleChange): Verdict {
  const organisation = change.organisation!;
  const represented = representedOrganisations(granter, change.partnershipId);
  if (represented.includes(organisation.id)) return allowed;
  if (permissionsIn(granter, change.partnershipId).has(Permission.PEOPLE_MANAGE)) {
    if (!organisation.hasRepresentative) return allowed;
    return refuse('CONFLICT', msg('people.alreadyRepresented', { organisation: organisation.name }));
  }
  return refuse(
    'FORBIDDEN',
    represented.length > 0
      ? msg('people.onlyRepresentativesNameYouMay', { organisation: organisation.name })
      : msg('people.onlyRepresentativesName', { organisation: organisation.name }),
  );
}

const verbKey = { grant: 'people.verb.grant', 'take away': 'people.verb.takeAway' } as const;

function mayGiveOrTake(granter: Granter, change: RoleChange, verb: 'grant' | 'take away'): Verdict {
  const held = permissionsIn(granter, change.partnershipId);
  if (!held.has(Permission.PEOPLE_MANAGE)) {
    const params = { verb: msg(verbKey[verb]), role: change.role };
    return refuse(
      'FORBIDDEN',
      representedOrganisations(granter, change.partnershipId).length > 0
        ? msg('people.needPeopleManageYouMay', params)
        : msg('people.needPeopleManage', params),
    );
  }
  const missing = rolePermissions[change.role].filter((p) => !held.has(p));
  if (missing.length === 0) return allowed;
  const grantable = grantableRoles(granter, change.partnershipId);
  const roles = grantable.length > 0 ? list(grantable, 'comma') : msg('people.nothing');
  return refuse(
    'FORBIDDEN',
    msg('people.exceedsHeld', {
      verb: msg(verbKey[verb]),
      role: change.role,
      missing: list(missing, 'comma'),
      grantable: verb === 'grant' ? msg('people.grantableWithFirst', { roles }) : roles,
      who: change.role === Role.ADMIN ? msg('people.platformAdmin') : msg('people.platformAdminOrAdmin'),
    }),
  );
}
