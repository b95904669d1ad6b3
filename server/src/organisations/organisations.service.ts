import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { AppError } from '../common/graphql/app-error';
import { decodeCursor, Page, toPage } from '../common/graphql/pagination';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { OrganisationsArgs } from './dto/organisations.args';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { Organisation } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  async list(args: OrganisationsArgs): Promise<Page<Organisation>> {
    const query = this.organisations.createQueryBuilder('o');
    if (args.search) {
      // Case- and accent-insensitive substring match: "munster" finds "Münster".
      query.where(`unaccent(lower(o.name)) LIKE '%' || unaccent(lower(:search)) || '%'`, { search: escapeLike(args.search) });
    }
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after);
      query.andWhere(new Brackets((b) => b.where('(o.name, o.id) > (:name, :id)', { name, id })));
    }
    const rows = await query.orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').take(args.first + 1).getMany();
    return toPage(rows, args.first, totalCount, (o) => o.name);
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw new AppError('NOT_FOUND', `No organisation with id ${id}`);
    return organisation;
  }

  async create(input: CreateOrganisationInput): Promise<Organisation> {
    await this.assertKeyFree(input.officialMunicipalityKey ?? null, null);
    return this.organisations.save(this.organisations.create({ publiclyOwned: true, ...input }));
  }

  async update(id: string, input: UpdateOrganisationInput): Promise<Organisation> {
    AppError.refuseRemoval(input, ['name', 'kind', 'publiclyOwned']);
    const organisation = await this.get(id);
    if (input.officialMunicipalityKey !== undefined) await this.assertKeyFree(input.officialMunicipalityKey, id);
    return this.organisations.save(this.organisations.merge(organisation, input as Partial<Organisation>));
  }

  private async assertKeyFree(key: string | null, exceptId: string | null): Promise<void> {
    if (!key) return;
    const holder = await this.organisations.findOneBy({ officialMunicipalityKey: key });
    if (holder && holder.id !== exceptId) {
      throw new AppError('CONFLICT', `officialMunicipalityKey ${key} already belongs to ${holder.name}; each key can be used once`, {
        fields: { officialMunicipalityKey: [`already used by ${holder.name}`] },
      });
    }
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
