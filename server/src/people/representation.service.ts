import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Role } from '../common/auth/permissions';
import { MailService } from '../mail/mail.service';
import { MembershipStatus } from '../memberships/membership-status';
import { Organisation } from '../organisations/organisation.entity';
import { Language } from '../users/language';
import { User } from '../users/user.entity';
import { PartnershipRole } from './partnership-role.entity';
import { RepresentationChange, representationMail } from './representation-mails';
import { Granter } from './role-grants';

/** A member organisation as the representation rule sees it. */
export interface RepresentedOrganisation {
  id: string;
  name: string;
  hasRepresentative: boolean;
  activeMember: boolean;
}

/**
 * Who represents a member organisation: read under a lock, and every change told to the organisation's
 * representatives (docs/security.md, "No escalation").
 */
@Injectable()
export class RepresentationService {
  constructor(private readonly mail: MailService) {}

  /**
   * The organisation with whether it has a representative now. Serialises every change to its representatives
   * until the transaction ends, so two people named "while it has none" cannot both get in.
   */
  async lock(
    manager: EntityManager,
    partnershipId: string,
    organisationId: string,
  ): Promise<RepresentedOrganisation | null> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `representation:${partnershipId}:${organisationId}`,
    ]);
    const [row] = await manager.query(
      `SELECT o.id, o.name,
              EXISTS (SELECT 1 FROM partnership_roles r WHERE r.partnership_id = $1 AND r.organisation_id = o.id AND r.role = $3) AS has_representative,
              EXISTS (SELECT 1 FROM memberships m WHERE m.partnership_id = $1 AND m.organisation_id = o.id AND m.status = $4) AS active_member
         FROM organisations o WHERE o.id = $2`,
      [partnershipId, organisationId, Role.REPRESENTATIVE, MembershipStatus.ACTIVE],
    );
    return row
      ? { id: row.id, name: row.name, hasRepresentative: row.has_representative, activeMember: row.active_member }
      : null;
  }

  /** The active members whose representatives the person may name now: its own, and with PEOPLE_MANAGE those that have none. */
  async appointable(
    manager: EntityManager,
    partnershipId: string,
    granter: Granter,
    managesPeople: boolean,
  ): Promise<Organisation[]> {
    const own = granter.roles
      .filter((r) => r.partnershipId === partnershipId && r.role === Role.REPRESENTATIVE)
      .map((r) => r.organisationId);
    if (!granter.isPlatformAdmin && !managesPeople && own.length === 0) return [];
    const rows: { id: string; has_representative: boolean }[] = await manager.query(
      `SELECT o.id,
              EXISTS (SELECT 1 FROM partnership_roles r WHERE r.partnership_id = m.partnership_id AND r.organisation_id = o.id AND r.role = $2) AS has_representative
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.partnership_id = $1 AND m.status = $3
`,
      [partnershipId, Role.REPRESENTATIVE, MembershipStatus.ACTIVE],
    );
    const ids = rows
      .filter((o) => granter.isPlatformAdmin || own.includes(o.id) || (managesPeople && !o.has_representative))
      .map((o) => o.id);
    return ids.length === 0
      ? []
      : manager.find(Organisation, { where: { id: In(ids) }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** The organisation's representatives now, as people to write to. */
  representatives(manager: EntityManager, partnershipId: string, organisationId: string): Promise<User[]> {
    return manager
      .createQueryBuilder(User, 'u')
      .innerJoin(PartnershipRole, 'r', 'r.user_id = u.id')
      .where('r.partnership_id = :partnershipId AND r.organisation_id = :organisationId AND r.role = :role', {
        partnershipId,
        organisationId,
        role: Role.REPRESENTATIVE,
      })
      .orderBy('u.email')
      .getMany();
  }

  /** Mails the change to each recipient in their language, but not to whoever made it. */
  async tell(
    manager: EntityManager,
    recipients: readonly User[],
    change: RepresentationChange,
    exceptUserIds: readonly (string | null)[],
  ): Promise<void> {
    for (const recipient of recipients) {
      if (exceptUserIds.includes(recipient.id)) continue;
      const { subject, body } = representationMail(
        recipient.preferredLanguage ?? Language.DE,
        recipient.displayName,
        change,
      );
      await this.mail.send(manager, recipient.email, subject, body);
    }
  }
}
