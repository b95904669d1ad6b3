/**
 * Who may do what: the one place where roles map to permissions. `docs/permissions.md` is generated
 * from this file (`npm run docs:permissions`); CI fails when it drifts.
 */
export enum Role {
  /** Delegate of one member organisation: the only role that acts for that organisation. */
  REPRESENTATIVE = 'REPRESENTATIVE',
  COMMUNITY_MANAGER = 'COMMUNITY_MANAGER',
  PRODUCT_OWNER = 'PRODUCT_OWNER',
  TREASURER = 'TREASURER',
  ADMIN = 'ADMIN',
  OBSERVER = 'OBSERVER',
}

export enum Permission {
  /** Read the partnership and its members, also when its transparency pages are not public. */
  PARTNERSHIP_READ = 'PARTNERSHIP_READ',
  /** See who holds which role. */
  PEOPLE_READ = 'PEOPLE_READ',
  /**
   * See every open invitation; invite people to and take away the roles all of whose permissions one holds oneself,
   * and name the first representative of a member organisation that has none (`people/role-grants.ts`).
   */
  PEOPLE_MANAGE = 'PEOPLE_MANAGE',
  /**
   * Call the invitation and role operations at all; what one may grant or take away is decided per role
   * (`people/role-grants.ts`): with PEOPLE_MANAGE as above, as a representative the representatives of one's own
   * organisation, and nobody more than they hold.
   */
  ROLES_GRANT = 'ROLES_GRANT',
  /** Admit members and change memberships. */
  MEMBERS_MANAGE = 'MEMBERS_MANAGE',
  /** Read and verify the audit log. */
  AUDIT_READ = 'AUDIT_READ',
  /** Add organisations to the shared directory (to admit them as members). */
  ORGANISATIONS_CREATE = 'ORGANISATIONS_CREATE',
  /** Set up committees and seats, plan and run sessions, open and close votes, write minutes. */
  COMMITTEES_MANAGE = 'COMMITTEES_MANAGE',
  /** Cast the ballot of the organisation one represents (and of those whose proxy it holds). */
  BALLOTS_CAST = 'BALLOTS_CAST',
  /** File feature requests and declare the interest of the organisation one represents. */
  REQUESTS_SUBMIT = 'REQUESTS_SUBMIT',
  /** Triage requests: merge duplicates, start interest surveys, put requests to a vote, choose and edit the workflow. */
  REQUESTS_MANAGE = 'REQUESTS_MANAGE',
  /** Assess requests, record estimates and offers, mark them financed. */
  REQUESTS_ASSESS = 'REQUESTS_ASSESS',
  /** Read all of the partnership's money: ledger, fund, agreements, fees, every member's statement, exports. */
  FINANCE_READ = 'FINANCE_READ',
  /** Keep the books: fund contributions, allocations and disbursements, agreements, fee schedules and runs, payments, reversals. */
  FINANCE_MANAGE = 'FINANCE_MANAGE',
  /** Sign or decline the cost-sharing contracts of the organisation one represents, and read its statement. */
  CONTRACTS_SIGN = 'CONTRACTS_SIGN',
  /** Keep the module catalogue and record which members use each module. */
  MODULES_MANAGE = 'MODULES_MANAGE',
}

/** Permissions that only platform admins hold, not tied to one partnership. */
export enum PlatformPermission {
  PARTNERSHIPS_CREATE = 'PARTNERSHIPS_CREATE',
  ORGANISATIONS_UPDATE = 'ORGANISATIONS_UPDATE',
  OUTBOX_READ = 'OUTBOX_READ',
  /** Set the Impressum, the privacy notice and the accessibility statement that every page links to. */
  LEGAL_PAGES_EDIT = 'LEGAL_PAGES_EDIT',
}

const everyone = [Permission.PARTNERSHIP_READ, Permission.AUDIT_READ];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  [Role.REPRESENTATIVE]: [
    ...everyone,
    Permission.PEOPLE_READ,
    Permission.ROLES_GRANT,
    Permission.BALLOTS_CAST,
    Permission.REQUESTS_SUBMIT,
    Permission.CONTRACTS_SIGN,
  ],
  [Role.COMMUNITY_MANAGER]: [
    ...everyone,
    Permission.PEOPLE_READ,
    Permission.PEOPLE_MANAGE,
    Permission.ROLES_GRANT,
    Permission.MEMBERS_MANAGE,
    Permission.ORGANISATIONS_CREATE,
    Permission.COMMITTEES_MANAGE,
    Permission.REQUESTS_SUBMIT,
    Permission.REQUESTS_MANAGE,
    Permission.FINANCE_READ,
    Permission.MODULES_MANAGE,
  ],
  [Role.PRODUCT_OWNER]: [...everyone, Permission.PEOPLE_READ, Permission.REQUESTS_ASSESS],
  [Role.TREASURER]: [
    ...everyone,
    Permission.PEOPLE_READ,
    Permission.FINANCE_READ,
    Permission.FINANCE_MANAGE,
    Permission.MODULES_MANAGE,
  ],
  [Role.ADMIN]: [
    ...everyone,
    Permission.PEOPLE_READ,
    Permission.PEOPLE_MANAGE,
    Permission.ROLES_GRANT,
    Permission.MEMBERS_MANAGE,
    Permission.ORGANISATIONS_CREATE,
    Permission.COMMITTEES_MANAGE,
    Permission.REQUESTS_SUBMIT,
    Permission.REQUESTS_MANAGE,
    Permission.REQUESTS_ASSESS,
    Permission.FINANCE_READ,
    Permission.FINANCE_MANAGE,
    Permission.MODULES_MANAGE,
  ],
  [Role.OBSERVER]: [...everyone],
};

export interface ViewerRoles {
  isPlatformAdmin: boolean;
  roles: readonly { partnershipId: string; role: Role }[];
}

/** What the viewer may do in one partnership. Platform admins may do everything everywhere. */
export function permissionsIn(viewer: ViewerRoles | null, partnershipId: string): Set<Permission> {
  if (!viewer) return new Set();
  if (viewer.isPlatformAdmin) return new Set(Object.values(Permission));
  return new Set(viewer.roles.filter((r) => r.partnershipId === partnershipId).flatMap((r) => rolePermissions[r.role]));
}

/** Whether the viewer holds the permission in at least one partnership (for directory-wide actions). */
export function holdsAnywhere(viewer: ViewerRoles | null, permission: Permission): boolean {
  return !!viewer && (viewer.isPlatformAdmin || viewer.roles.some((r) => rolePermissions[r.role].includes(permission)));
}
