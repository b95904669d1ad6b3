import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../common/graphql/app-error';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { AddMembershipInput } from './dto/add-membership.input';
import { UpdateMembershipInput } from './dto/update-membership.input';
import { checkMembershipDates } from './membership-dates';
import { MembershipStatus } from './membership-status';
import { Membership } from './membership.entity';

@Injectable()
export class MembershipsService {
  constructor(
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(Partnership) private readonly partnerships: Repository<Partnership>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
  ) {}

  async add(input: AddMembershipInput): Promise<Membership> {
    const [partnership, organisation] = await Promise.all([
      this.partnerships.findOneBy({ id: input.partnershipId }),
      this.organisations.findOneBy({ id: input.organisationId }),
    ]);
    const missing: Record<string, string[]> = {};
    if (!partnership) missing.partnershipId = [`no partnership with id ${input.partnershipId}`];
    if (!organisation) missing.organisationId = [`no organisation with id ${input.organisationId}`];
    if (!partnership || !organisation) throw AppError.badInput(missing);

    const existing = await this.memberships.findOneBy({ partnershipId: partnership.id, organisationId: organisation.id });
    if (existing) {
      throw new AppError(
        'CONFLICT',
        `${organisation.name} is already a member of ${partnership.name} (status ${existing.status}); change that membership instead of adding another`,
        { fields: { organisationId: ['already a member of this partnership'] }, membershipId: existing.id },
      );
    }
    const membership = this.memberships.create({
      status: MembershipStatus.ACTIVE,
      voting: true,
      voteWeight: '1',
      vetoRight: false,
      joinedOn: null,
      leftOn: null,
      ...input,
    });
    if (membership.status === MembershipStatus.ACTIVE && !membership.joinedOn) membership.joinedOn = today();
    this.assertConsistent(membership);
    return this.memberships.save(membership);
  }

  async update(id: string, input: UpdateMembershipInput): Promise<Membership> {
    const membership = await this.memberships.findOneBy({ id });
    if (!membership) throw new AppError('NOT_FOUND', `No membership with id ${id}`);
    for (const field of ['status', 'voting', 'voteWeight', 'vetoRight'] as const) {
      if (input[field] === null) throw AppError.badInput({ [field]: [`${field} cannot be removed, only changed`] });
    }
    const wasLeft = membership.status === MembershipStatus.LEFT;
    this.memberships.merge(membership, input as Partial<Membership>);
    // Leaving without a date means leaving today; rejoining clears the leaving date.
    if (membership.status === MembershipStatus.LEFT && !membership.leftOn && input.leftOn === undefined) membership.leftOn = today();
    if (wasLeft && membership.status !== MembershipStatus.LEFT && input.leftOn === undefined) membership.leftOn = null;
    if (membership.status === MembershipStatus.ACTIVE && !membership.joinedOn) membership.joinedOn = today();
    this.assertConsistent(membership);
    return this.memberships.save(membership);
  }

  private assertConsistent(membership: Membership): void {
    const errors = checkMembershipDates(membership);
    if (Object.keys(errors).length > 0) throw AppError.badInput(errors);
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
