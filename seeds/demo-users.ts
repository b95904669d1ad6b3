import { Role } from '../server/src/common/auth/permissions';
import { MembershipStatus } from '../server/src/memberships/membership-status';
import { demoMemberships, demoPartnerships } from './demo-data';

/** Shown on the first start and in the README; demo installs only. */
export const DEMO_PASSWORD = 'Allmende-Demo-2026';

export interface SeedUser {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
}

export interface SeedRole {
  id: string;
  userId: string;
  partnershipId: string;
  role: Role;
  organisationId: string | null;
}

const perPartnership: { role: Role; local: string; name: string }[] = [
  { role: Role.COMMUNITY_MANAGER, local: 'gemeinschaft', name: 'Community Management' },
  { role: Role.PRODUCT_OWNER, local: 'produkt', name: 'Produktverantwortung' },
  { role: Role.TREASURER, local: 'kasse', name: 'Kasse' },
  { role: Role.REPRESENTATIVE, local: 'vertretung', name: 'Vertretung' },
  { role: Role.OBSERVER, local: 'beobachtung', name: 'Beobachtung' },
];

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export const demoUsers: SeedUser[] = [
  {
    id: `40000000-0000-4000-8000-${hex(0, 12)}`,
    email: 'admin@allmende.demo',
    displayName: 'Plattform-Administration',
    isPlatformAdmin: true,
  },
];
export const demoRoles: SeedRole[] = [];

demoPartnerships.forEach((partnership, p) => {
  // The representative acts for the partnership's first active, voting member.
  const represented = demoMemberships.find(
    (m) => m.partnershipId === partnership.id && m.status === MembershipStatus.ACTIVE && m.voting,
  );
  perPartnership.forEach(({ role, local, name }, r) => {
    const n = (p + 1) * 16 + r;
    const userId = `40000000-0000-4000-8000-${hex(n, 12)}`;
    demoUsers.push({
      id: userId,
      email: `${local}@${partnership.slug}.demo`,
      displayName: `${name} ${partnership.name}`,
      isPlatformAdmin: false,
    });
    demoRoles.push({
      id: `50000000-0000-4000-8000-${hex(n, 12)}`,
      userId,
      partnershipId: partnership.id,
      role,
      organisationId: role === Role.REPRESENTATIVE ? (represented?.organisationId ?? null) : null,
    });
  });
});
