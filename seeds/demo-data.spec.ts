import { GovernanceModel } from '../server/src/partnerships/governance-model';
import { MembershipStatus } from '../server/src/memberships/membership-status';
import { checkMembershipDates } from '../server/src/memberships/membership-dates';
import { OrganisationKind } from '../server/src/organisations/organisation-kind';
import { demoMemberships, demoOrganisations, demoPartnerships } from './demo-data';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo data', () => {
  const all = [...demoOrganisations, ...demoPartnerships, ...demoMemberships];

  it('has unique, fixed v4 ids so that seeding is idempotent', () => {
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const record of all) expect(record.id).toMatch(uuid);
  });

  it('has one partnership per governance model of the design (models 1, 2 and 3)', () => {
    expect(demoPartnerships.map((p) => p.governanceModel).sort()).toEqual(
      [GovernanceModel.COMMUNITY_CENTRED, GovernanceModel.HYBRID, GovernanceModel.PROVIDER_DRIVEN].sort(),
    );
  });

  it('has about 25 municipalities and counties, a state body, an IT provider and an association', () => {
    const kinds = demoOrganisations.map((o) => o.kind);
    const local = kinds.filter((k) => k === OrganisationKind.MUNICIPALITY || k === OrganisationKind.COUNTY).length;
    expect(local).toBeGreaterThanOrEqual(22);
    for (const kind of [OrganisationKind.STATE, OrganisationKind.IT_SERVICE_PROVIDER, OrganisationKind.ASSOCIATION])
      expect(kinds).toContain(kind);
  });

  it('refers only to organisations and partnerships that exist, once per pair', () => {
    const organisations = new Set(demoOrganisations.map((o) => o.id));
    const partnerships = new Set(demoPartnerships.map((p) => p.id));
    for (const p of demoPartnerships) {
      for (const ref of [p.productOwnerOrganisationId, p.communityManagementOrganisationId])
        if (ref) expect(organisations).toContain(ref);
    }
    for (const m of demoMemberships) {
      expect(organisations).toContain(m.organisationId);
      expect(partnerships).toContain(m.partnershipId);
    }
    const pairs = demoMemberships.map((m) => `${m.partnershipId}/${m.organisationId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('keeps every membership consistent and every active one dated', () => {
    for (const m of demoMemberships) {
      expect(checkMembershipDates(m)).toEqual({});
      if (m.status === MembershipStatus.ACTIVE) expect(m.joinedOn).not.toBeNull();
    }
  });

  it('uses valid slugs, municipality keys and populations', () => {
    for (const p of demoPartnerships) expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const keys = demoOrganisations.map((o) => o.officialMunicipalityKey).filter((k): k is string => k !== null);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[0-9]{8}$/);
    for (const o of demoOrganisations) if (o.population !== null) expect(o.population).toBeGreaterThanOrEqual(0);
  });
});
