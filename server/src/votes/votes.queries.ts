import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/graphql/app-error';
import { decodeCursor, Page, toPage } from '../common/graphql/pagination';
import { matchesSearch, searchPattern } from '../common/graphql/search';
import { msg } from '../common/i18n/messages';
import { VoteListArgs } from './dto/vote-list.args';
import { Role } from '../common/auth/permissions';
import { Viewer } from '../auth/viewer';
import { VoteStatus } from './vote-enums';
import { Vote } from './vote.entity';
import { castRights } from './cast-rights';
import { SealedBallots } from './sealed-ballots';
import { currentSnapshot } from './vote-tallies';

@Injectable()
export class VotesQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly box: SealedBallots,
  ) {}

  /** Newest first; without `withNonPublic`, none opened on a non-public agenda item (for whoever is no member). */
  list(partnershipId: string, status: VoteStatus | null, first: number, withNonPublic: boolean): Promise<Vote[]> {
    const query = this.dataSource
      .getRepository(Vote)
      .createQueryBuilder('v')
      .where('v.partnership_id = :partnershipId', { partnershipId });
    if (status) query.andWhere('v.status = :status', { status });
    if (!withNonPublic)
      query.andWhere('NOT EXISTS (SELECT 1 FROM agenda_items a WHERE a.id = v.agenda_item_id AND NOT a.public)');
    return query.orderBy('v.opened_at', 'DESC').addOrderBy('v.id', 'ASC').limit(first).getMany();
  }

  /**
   * One page, newest first: keyset over (opened_at to the millisecond, id), the precision a cursor keeps. The same
   * visibility as `list`.
   */
  async page(partnershipId: string, args: VoteListArgs, withNonPublic: boolean): Promise<Page<Vote>> {
    const opened = `date_trunc('milliseconds', v.opened_at)`;
    const query = this.dataSource
      .getRepository(Vote)
      .createQueryBuilder('v')
      .where('v.partnership_id = :partnershipId', { partnershipId });
    if (args.status) query.andWhere('v.status = :status', { status: args.status });
    if (!withNonPublic)
      query.andWhere('NOT EXISTS (SELECT 1 FROM agenda_items a WHERE a.id = v.agenda_item_id AND NOT a.public)');
    const pattern = searchPattern(args.search);
    if (pattern) query.andWhere(matchesSearch('v.title', ':pattern'), { pattern });
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [at, id] = decodeCursor(args.after);
      if (Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/i.test(id))
        throw AppError.badInput({ after: [msg('input.cursor')] });
      query.andWhere(`(${opened}, v.id) < (:at::timestamptz, :id::uuid)`, { at, id });
    }
    const rows = await query
      .orderBy(opened, 'DESC')
      .addOrderBy('v.id', 'DESC')
      .take(args.first + 1)
      .getMany();
    return toPage(rows, args.first, totalCount, (v) => v.openedAt.toISOString());
  }

  /** Open votes in the partnerships where the viewer represents an organisation, filtered by cast rights. */
  async openFor(viewer: Viewer): Promise<Vote[]> {
    const partnerships = [
      ...new Set(viewer.roles.filter((r) => r.role === Role.REPRESENTATIVE).map((r) => r.partnershipId)),
    ];
    if (partnerships.length === 0) return [];
    const votes = await this.dataSource
      .getRepository(Vote)
      .createQueryBuilder('v')
      .where('v.partnership_id IN (:...partnerships) AND v.status = :open', { partnerships, open: VoteStatus.OPEN })
      .orderBy('v.deadline', 'ASC', 'NULLS FIRST')
      .addOrderBy('v.opened_at', 'ASC')
      .getMany();
    return votes.filter((v) => castRights(v, viewer).length > 0);
  }

  /** The running tally of an open vote, read from its ballots (or, for a secret vote, its ballot box). */
  currentSnapshot(vote: Vote) {
    return currentSnapshot(this.dataSource.manager, vote, this.box);
  }
}
