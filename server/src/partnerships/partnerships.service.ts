import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { Permission, permissionsIn } from '../common/auth/permissions';
import { Viewer } from '../auth/viewer';
import { AppError, FieldErrors } from '../common/graphql/app-error';
import { msg } from '../common/i18n/messages';
import { decodeCursor, Page, toPage } from '../common/graphql/pagination';
import { matchesSearch, searchPattern } from '../common/graphql/search';
import { Organisation } from '../organisations/organisation.entity';
import { CreatePartnershipInput } from './dto/create-partnership.input';
import { PartnershipsArgs } from './dto/partnerships.args';
import { AdmissionProcedure } from './admission-procedure';
import { Partnership } from './partnership.entity';

@Injectable()
export class PartnershipsService {
  constructor(
    @InjectRepository(Partnership) private readonly partnerships: Repository<Partnership>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly dataSource: DataSource,
  ) {}

  async list(args: PartnershipsArgs, viewer: Viewer | null): Promise<Page<Partnership>> {
    const query = this.partnerships.createQueryBuilder('p');
    if (!viewer?.isPlatformAdmin) {
      const own = [...new Set((viewer?.roles ?? []).map((r) => r.partnershipId))];
      query.where(own.length ? '(p.public_transparency OR p.id IN (:...own))' : 'p.public_transparency', { own });
    }
    const pattern = searchPattern(args.search);
    if (pattern)
      query.andWhere(`(${matchesSearch('p.name', ':pattern')} OR ${matchesSearch('p.slug', ':pattern')})`, { pattern });
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after);
      query.andWhere('(p.name, p.id) > (:name, :id)', { name, id });
    }
    const rows = await query
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(args.first + 1)
      .getMany();
    return toPage(rows, args.first, totalCount, (p) => p.name);
  }

  /** Public partnerships are readable by anyone; the others only with PARTNERSHIP_READ there. */
  async getBySlug(slug: string, viewer: Viewer | null): Promise<Partnership> {
    const partnership = await this.partnerships.findOneBy({ slug });
    if (!partnership) throw new AppError('NOT_FOUND', msg('partnership.notFoundBySlug', { slug }));
    if (!partnership.publicTransparency && !permissionsIn(viewer, partnership.id).has(Permission.PARTNERSHIP_READ)) {
      throw viewer
        ? new AppError('FORBIDDEN', msg('partnership.noRoleNotPublic', { slug }))
        : new AppError('UNAUTHENTICATED', msg('partnership.signInNotPublic', { slug }));
    }
    return partnership;
  }

  async create(input: CreatePartnershipInput, viewer: Viewer): Promise<Partnership> {
    const taken = await this.partnerships.findOneBy({ slug: input.slug });
    if (taken) {
      throw new AppError('CONFLICT', msg('partnership.slugTaken', { slug: input.slug, name: taken.name }), {
        fields: { slug: [msg('partnership.slugTakenField', { name: taken.name })] },
      });
    }
    await this.assertOrganisationsExist({
      productOwnerOrganisationId: input.productOwnerOrganisationId ?? null,
      communityManagementOrganisationId: input.communityManagementOrganisationId ?? null,
    });
    const partnership = this.partnerships.create({
      description: '',
      fiscalYearStartMonth: 1,
      publicTransparency: false,
      ...input,
    });
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(partnership);
      await appendAuditEvent(manager, {
        partnershipId: saved.id,
        actorUserId: viewer.user.id,
        action: 'partnership.created',
        subjectType: 'Partnership',
        subjectId: saved.id,
        payload: { slug: saved.slug, name: saved.name, governanceModel: saved.governanceModel },
      });
      return saved;
    });
  }

  /**
   * How the partnership admits members; the only writer of these columns. The caller (applications) has checked
   * that a VOTE admission names a voting committee of this partnership; runs in the caller's transaction.
   */
  async setAdmission(
    manager: EntityManager,
    partnershipId: string,
    admission: AdmissionProcedure,
    committeeId: string | null,
    actorUserId: string,
  ): Promise<Partnership> {
    const partnership = await manager.findOne(Partnership, {
      where: { id: partnershipId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!partnership) throw AppError.badInput({ partnershipId: [msg('people.noPartnership', { id: partnershipId })] });
    partnership.admission = admission;
    partnership.admissionCommitteeId = admission === AdmissionProcedure.VOTE ? committeeId : null;
    const saved = await manager.save(partnership);
    await appendAuditEvent(manager, {
      partnershipId: partnership.id,
      actorUserId,
      action: 'partnership.admission_set',
      subjectType: 'Partnership',
      subjectId: partnership.id,
      payload: { admission: saved.admission, committeeId: saved.admissionCommitteeId },
    });
    return saved;
  }

  private async assertOrganisationsExist(references: Record<string, string | null>): Promise<void> {
    const ids = Object.values(references).filter((id): id is string => id !== null);
    if (ids.length === 0) return;
    const found = new Set((await this.organisations.findBy({ id: In(ids) })).map((o) => o.id));
    const fields: FieldErrors = {};
    for (const [field, id] of Object.entries(references)) {
      if (id !== null && !found.has(id)) fields[field] = [msg('organisation.noOrganisationField', { field, id })];
    }
    if (Object.keys(fields).length > 0) throw AppError.badInput(fields);
  }
}
