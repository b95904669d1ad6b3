import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Permission, permissionsIn } from '../../common/auth/permissions';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { decodeCursor, Page, toPage } from '../../common/graphql/pagination';
import { representedOrganisations } from './agreement-split';
import { CostAgreement } from './agreements.entities';
import { msg } from '../../common/i18n/messages';

/** Reading agreements: FINANCE_READ sees all of the partnership's; a representative those its organisation takes part in. */
@Injectable()
export class AgreementQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** null: every agreement; else only those in which one of these organisations has a share. */
  private scope(viewer: Viewer | null, partnershipId: string): string[] | null {
    return permissionsIn(viewer, partnershipId).has(Permission.FINANCE_READ)
      ? null
      : representedOrganisations(viewer, partnershipId);
  }

  async list(
    viewer: Viewer | null,
    partnershipId: string,
    first: number,
    after?: string,
  ): Promise<Page<CostAgreement>> {
    const organisations = this.scope(viewer, partnershipId);
    const where = ['a.partnership_id = :partnershipId'];
    const params: Record<string, unknown> = { partnershipId, organisations };
    if (organisations)
      where.push(
        'EXISTS (SELECT 1 FROM cost_shares s WHERE s.agreement_id = a.id AND s.organisation_id = ANY(:organisations::uuid[]))',
      );
    const base = this.dataSource
      .getRepository(CostAgreement)
      .createQueryBuilder('a')
      .where(where.join(' AND '), params);
    const totalCount = await base.clone().getCount();
    const query = base
      .clone()
      .orderBy(`date_trunc('milliseconds', a.created_at)`, 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(first + 1);
    if (after) {
      const [createdAt, id] = decodeCursor(after);
      // The cursor carries milliseconds: compare at that precision, so no row is skipped or repeated.
      query.andWhere(`(date_trunc('milliseconds', a.created_at), a.id) < (:createdAt::timestamptz, :id::uuid)`, {
        createdAt,
        id,
      });
    }
    return toPage(await query.getMany(), first, totalCount, (a) => a.createdAt.toISOString());
  }

  async get(viewer: Viewer | null, id: string): Promise<CostAgreement> {
    const agreement = await this.dataSource.getRepository(CostAgreement).findOneBy({ id });
    if (!agreement) throw new AppError('NOT_FOUND', msg('agreement.notFound', { id }));
    const organisations = this.scope(viewer, agreement.partnershipId);
    if (organisations) {
      const [part] = organisations.length
        ? await this.dataSource.query(
            `SELECT 1 FROM cost_shares WHERE agreement_id = $1 AND organisation_id = ANY($2::uuid[]) LIMIT 1`,
            [id, organisations],
          )
        : [];
      if (!part) throw new AppError('FORBIDDEN', msg('agreement.seeWhenTakingPart'));
    }
    return agreement;
  }
}
