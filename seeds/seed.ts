import { DataSource } from 'typeorm';
import { appendAuditEvent } from '../server/src/audit/audit-append';
import { hashPassword } from '../server/src/auth/passwords';
import { demoMemberships, demoOrganisations, demoPartnerships } from './demo-data';
import { DEMO_PASSWORD, demoRoles, demoUsers } from './demo-users';
import { seedCommittees } from './seed-committees';
import { seedRequests } from './seed-requests';
import { seedFees } from './seed-fees';
import { seedFund } from './seed-fund';
import { seedAgreements } from './seed-agreements';
import { seedLegalPages } from './seed-legal-pages';

export interface SeedCounts {
  organisations: number;
  partnerships: number;
  memberships: number;
  users: number;
}

/**
 * Writes the demo data. Every record has a fixed id and is upserted, so running it again changes
 * nothing that was not changed in the demo data itself. With `onlyIfEmpty` it does nothing once any
 * partnership exists (the first start of a fresh database seeds; later starts don't).
 */
export async function seedDemo(dataSource: DataSource, options: { onlyIfEmpty: boolean }): Promise<SeedCounts | null> {
  return dataSource.transaction(async (manager) => {
    if (options.onlyIfEmpty) {
      const [{ exists }] = await manager.query('SELECT EXISTS (SELECT 1 FROM partnerships) AS exists');
      if (exists) return null;
    }
    for (const o of demoOrganisations) {
      await manager.query(
        `INSERT INTO organisations (id, name, kind, population, official_municipality_key, state, publicly_owned)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET name = $2, kind = $3, population = $4, official_municipality_key = $5, state = $6,
           publicly_owned = $7, updated_at = now()`,
        [o.id, o.name, o.kind, o.population, o.officialMunicipalityKey, o.state, o.publiclyOwned],
      );
    }
    for (const p of demoPartnerships) {
      await manager.query(
        `INSERT INTO partnerships (id, slug, name, product_name, description, governance_model, product_owner_organisation_id,
           community_management_organisation_id, fiscal_year_start_month, public_transparency)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET slug = $2, name = $3, product_name = $4, description = $5, governance_model = $6,
           product_owner_organisation_id = $7, community_management_organisation_id = $8, fiscal_year_start_month = $9,
           public_transparency = $10, updated_at = now()`,
        [
          p.id,
          p.slug,
          p.name,
          p.productName,
          p.description,
          p.governanceModel,
          p.productOwnerOrganisationId,
          p.communityManagementOrganisationId,
          p.fiscalYearStartMonth,
          p.publicTransparency,
        ],
      );
    }
    for (const m of demoMemberships) {
      await manager.query(
        `INSERT INTO memberships (id, partnership_id, organisation_id, status, voting, vote_weight, veto_right, joined_on, left_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id) DO UPDATE SET status = $4, voting = $5, vote_weight = $6, veto_right = $7, joined_on = $8,
           left_on = $9, updated_at = now()`,
        [m.id, m.partnershipId, m.organisationId, m.status, m.voting, m.voteWeight, m.vetoRight, m.joinedOn, m.leftOn],
      );
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of demoUsers) {
      // Running the seed again resets the demo accounts' names and password.
      await manager.query(
        `INSERT INTO users (id, email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET email = $2, display_name = $3, password_hash = $4, is_platform_admin = $5, updated_at = now()`,
        [u.id, u.email, u.displayName, passwordHash, u.isPlatformAdmin],
      );
    }
    for (const r of demoRoles) {
      await manager.query(
        `INSERT INTO partnership_roles (id, partnership_id, user_id, role, organisation_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET partnership_id = $2, user_id = $3, role = $4, organisation_id = $5`,
        [r.id, r.partnershipId, r.userId, r.role, r.organisationId],
      );
    }
    // A demo partnership's history starts in its audit log: each admission and role, once.
    for (const p of demoPartnerships) {
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM audit_events WHERE chain_key = $1`, [
        p.id,
      ]);
      if (count > 0) continue;
      for (const m of demoMemberships.filter((x) => x.partnershipId === p.id)) {
        const { voting, voteWeight, vetoRight, status, joinedOn, leftOn } = m;
        await appendAuditEvent(manager, {
          partnershipId: p.id,
          actorUserId: null,
          action: 'membership.added',
          subjectType: 'Membership',
          subjectId: m.id,
          payload: {
            organisationId: m.organisationId,
            status,
            voting,
            voteWeight,
            vetoRight,
            joinedOn,
            leftOn,
            source: 'demo data',
          },
        });
      }
      for (const r of demoRoles.filter((x) => x.partnershipId === p.id)) {
        await appendAuditEvent(manager, {
          partnershipId: p.id,
          actorUserId: null,
          action: 'role.granted',
          subjectType: 'PartnershipRole',
          subjectId: r.id,
          payload: { userId: r.userId, role: r.role, organisationId: r.organisationId, source: 'demo data' },
        });
      }
    }
    // After the membership history above: that is written only into a partnership's empty audit chain.
    const now = new Date();
    const committeePlan = await seedCommittees(manager, now);
    await seedRequests(manager, committeePlan, now);
    await seedFees(manager);
    await seedFund(manager, committeePlan);
    await seedAgreements(manager, committeePlan, now);
    await seedLegalPages(manager);
    return {
      organisations: demoOrganisations.length,
      partnerships: demoPartnerships.length,
      memberships: demoMemberships.length,
      users: demoUsers.length,
    };
  });
}
