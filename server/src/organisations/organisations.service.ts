import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import type { AuditAction } from '../audit/audit-actions';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { decodeCursor, Page, toPage } from '../common/graphql/pagination';
import { matchesSearch, searchPattern } from '../common/graphql/search';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { OrganisationsArgs } from './dto/organisations.args';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { Organisation } from './organisation.entity';
import { msg } from '../common/i18n/messages';

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  async list(args: OrganisationsArgs): Promise<Page<Organisation>> {
    const query = this.organisations.createQueryBuilder('o');
    const pattern = searchPattern(args.search);
    // Case- and accent-insensitive substring match: "munster" finds "Münster".
    if (pattern) query.where(matchesSearch('o.name', ':pattern'), { pattern });
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after);
      query.andWhere(new Brackets((b) => b.where('(o.name, o.id) > (:name, :id)', { name, id })));
    }
    const rows = await query
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(args.first + 1)
      .getMany();
    return toPage(rows, args.first, totalCount, (o) => o.name);
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw new AppError('NOT_FOUND', msg('organisation.notFound', { id }));
    return organisation;
  }

  /** Recorded in the platform audit log: the directory is shared by every partnership. */
  async create(viewer: Viewer, input: CreateOrganisationInput): Promise<Organisation> {
    await this.assertKeyFree(input.officialMunicipalityKey ?? null, null);
    return this.organisations.manager.transaction(async (manager) => {
      const organisation = await manager.save(manager.create(Organisation, { publiclyOwned: true, ...input }));
      await this.record(manager, viewer, 'organisation.created', organisation.id, { ...input });
      return organisation;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateOrganisationInput): Promise<Organisation> {
    AppError.refuseRemoval(input, ['name', 'kind', 'publiclyOwned']);
    const organisation = await this.get(id);
    if (input.officialMunicipalityKey !== undefined) await this.assertKeyFree(input.officialMunicipalityKey, id);
    // Only the fields whose value really changes, each with its value before and after.
    const fields = (Object.keys(input) as (keyof Organisation)[]).filter(
      (field) => (organisation[field] ?? null) !== ((input as Partial<Organisation>)[field] ?? null),
    );
    const before = Object.fromEntries(fields.map((field) => [field, organisation[field] ?? null]));
    const after = Object.fromEntries(fields.map((field) => [field, (input as Partial<Organisation>)[field] ?? null]));
    return this.organisations.manager.transaction(async (manager) => {
      const saved = await manager.save(
        Organisation,
        manager.merge(Organisation, organisation, input as Partial<Organisation>),
      );
      if (fields.length > 0) await this.record(manager, viewer, 'organisation.changed', id, { before, after });
      return saved;
    });
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    action: AuditAction,
    id: string,
    payload: Record<string, unknown>,
  ) {
    return appendAuditEvent(manager, {
      partnershipId: null,
      actorUserId: viewer.user.id,
      action,
      subjectType: 'Organisation',
      subjectId: id,
      payload,
    });
  }

  private async assertKeyFree(key: string | null, exceptId: string | null): Promise<void> {
    if (!key) return;
    const holder = await this.organisations.findOneBy({ officialMunicipalityKey: key });
    if (holder && holder.id !== exceptId) {
      throw new AppError('CONFLICT', msg('organisation.keyTaken', { key, name: holder.name }), {
        fields: { officialMunicipalityKey: [msg('organisation.keyTakenField', { name: holder.name })] },
      });
    }
  }
}
