import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AppError } from '../common/graphql/app-error';
import { decodeCursor, Page, toPage } from '../common/graphql/pagination';
import { searchPattern } from '../common/graphql/search';
import { BacklogArgs } from './dto/feature-request.inputs';
import { BacklogSort, RoadmapColumnEnum } from './feature-request-enums';
import { Notification } from './feature-request-records.entities';
import { FeatureRequest } from './feature-request.entity';
import { ChangelogEntryType, RoadmapColumnType } from './feature-request.types';
import { orQueryOf, rankSimilar, SimilarityCandidate } from './request-rules';
import type { Workflow } from './workflow.types';
import { roadmapColumn } from './workflow';
import { msg } from '../common/i18n/messages';

const columns = [
  RoadmapColumnEnum.ACCEPTED,
  RoadmapColumnEnum.IN_DEVELOPMENT,
  RoadmapColumnEnum.TESTING,
  RoadmapColumnEnum.RELEASED,
];

/** Similar requests of one partnership ($1) for a text: $2 its words as an OR tsquery, $3 the text itself. Exported for bench:requests. */
export const SIMILAR_SQL = `WITH x AS MATERIALIZED (SELECT CASE WHEN $2 = '' THEN NULL ELSE to_tsquery('german', $2) END AS q, allmende_unaccent(lower($3)) AS t),
       -- Candidates from three index lookups within the partnership: the best full-text matches, and the
       -- nearest titles by trigram distance and by word distance (GiST k-nearest on (partnership, title)).
       c AS (
         (SELECT r.id FROM feature_requests r, x WHERE r.partnership_id = $1 AND r.search @@ x.q ORDER BY ts_rank(r.search, x.q) DESC LIMIT 30)
         UNION (SELECT id FROM feature_requests WHERE partnership_id = $1 ORDER BY title_norm <-> allmende_unaccent(lower($3)) LIMIT 30)
         UNION (SELECT id FROM feature_requests WHERE partnership_id = $1 ORDER BY allmende_unaccent(lower($3)) <<-> title_norm LIMIT 30))
     SELECT r.id,
            CASE WHEN x.q IS NULL THEN 0 ELSE ts_rank(r.search, x.q) END AS text_rank,
            similarity(r.title_norm, x.t) AS title_similarity,
            word_similarity(x.t, r.title_norm) AS word_similarity
     FROM feature_requests r, x
     WHERE r.id IN (SELECT id FROM c) AND r.duplicate_of_id IS NULL
       AND (r.search @@ x.q OR r.title_norm % x.t OR x.t <% r.title_norm)
     ORDER BY greatest(similarity(r.title_norm, x.t), CASE WHEN x.q IS NULL THEN 0 ELSE ts_rank(r.search, x.q) END) DESC
     LIMIT 30`;

/** Reads: the backlog page, similar requests, the public roadmap and changelog, the viewer's notifications. */
@Injectable()
export class RequestQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page of the backlog in two statements (count and page) plus the workflow, whatever the page's
   * length: keyset over (number) for NEWEST and (interest_count, id) for MOST_INTERESTED. Merged
   * duplicates are left out (they point to their original). `search`: a part of the title, or the number.
   */
  /** `workflow`: the partnership's, as the caller's request loaded it. */
  async backlog(partnershipId: string, workflow: Workflow, args: BacklogArgs): Promise<Page<FeatureRequest>> {
    const query = this.dataSource
      .getRepository(FeatureRequest)
      .createQueryBuilder('r')
      .where('r.partnership_id = :partnershipId AND r.duplicate_of_id IS NULL', { partnershipId });
    if (args.stage || args.category) {
      const stages = workflow.stages
        .filter((s) => (!args.stage || s.key === args.stage) && (!args.category || s.category === args.category))
        .map((s) => s.key);
      query.andWhere('r.stage = ANY(:stages)', { stages });
    }
    if (args.kind) query.andWhere('r.kind = :kind', { kind: args.kind });
    if (args.target) query.andWhere('r.target = :target', { target: args.target });
    const pattern = searchPattern(args.search);
    if (pattern) {
      // "#12" or "12" also finds request number 12; the title through its trigram index (title_norm is unaccented).
      const number = /^#?(\d{1,9})$/.exec(args.search?.trim() ?? '');
      query.andWhere(
        `(r.title_norm LIKE allmende_unaccent(lower(:pattern))${number ? ' OR r.number = :number' : ''})`,
        { pattern, number: number ? Number(number[1]) : null },
      );
    }
    const totalCount = await query.clone().getCount();
    const mostInterested = args.sort === BacklogSort.MOST_INTERESTED;
    if (args.after) {
      const [key, id] = decodeCursor(args.after);
      if (!/^\d+$/.test(key)) throw AppError.badInput({ after: [msg('input.cursor')] });
      if (mostInterested) query.andWhere('(r.interest_count, r.id) < (:key, :id)', { key: Number(key), id });
      else query.andWhere('r.number < :key', { key: Number(key) });
    }
    if (mostInterested) query.orderBy('r.interest_count', 'DESC').addOrderBy('r.id', 'DESC');
    else query.orderBy('r.number', 'DESC');
    const rows = await query.take(args.first + 1).getMany();
    return toPage(rows, args.first, totalCount, (r) => String(mostInterested ? r.interestCount : r.number));
  }

  /**
   * Requests that look like the text: German full text over title and description (stems, any word
   * order) or trigram similarity of the unaccented title (typos, compounds), among the partnership's own
   * requests only (SIMILAR_SQL).
   */
  async similar(partnershipId: string, text: string): Promise<{ request: FeatureRequest; score: number }[]> {
    const rows: { id: string; text_rank: number; title_similarity: number; word_similarity: number }[] =
      await this.dataSource.query(SIMILAR_SQL, [partnershipId, orQueryOf(text), text]);
    const candidates: SimilarityCandidate[] = rows.map((r) => ({
      id: r.id,
      textRank: Number(r.text_rank),
      titleSimilarity: Number(r.title_similarity),
      wordSimilarity: Number(r.word_similarity),
    }));
    const ranked = rankSimilar(candidates, 5);
    if (ranked.length === 0) return [];
    const requests = await this.dataSource
      .getRepository(FeatureRequest)
      .createQueryBuilder('r')
      .where('r.id = ANY(:ids)', { ids: ranked.map((r) => r.id) })
      .getMany();
    const byId = new Map(requests.map((r) => [r.id, r]));
    return ranked.map((r) => ({ request: byId.get(r.id) as FeatureRequest, score: r.score }));
  }

  async roadmap(partnershipId: string, workflow: Workflow): Promise<RoadmapColumnType[]> {
    const columnOf = new Map(workflow.stages.map((s) => [s.key, roadmapColumn(s.category)]));
    const stages = workflow.stages.filter((s) => columnOf.get(s.key)).map((s) => s.key);
    const requests = await this.dataSource
      .getRepository(FeatureRequest)
      .createQueryBuilder('r')
      .where('r.partnership_id = :partnershipId AND r.duplicate_of_id IS NULL AND r.stage = ANY(:stages)', {
        partnershipId,
        stages,
      })
      .orderBy('r.released_at', 'DESC', 'NULLS LAST')
      .addOrderBy('r.number', 'ASC')
      .take(400)
      .getMany();
    return columns.map((column) => ({
      column,
      items: requests
        .filter((r) => columnOf.get(r.stage) === column)
        .map((r) => {
          const stage = workflow.stages.find((s) => s.key === r.stage);
          return {
            id: r.id,
            number: r.number,
            title: r.title,
            kind: r.kind,
            target: r.target,
            stageLabelDe: stage?.labelDe ?? r.stage,
            stageLabelEn: stage?.labelEn ?? r.stage,
            releaseVersion: r.releaseVersion,
            releasedAt: r.releasedAt,
          };
        }),
    }));
  }

  async changelog(partnershipId: string, first: number): Promise<ChangelogEntryType[]> {
    const rows = await this.dataSource
      .getRepository(FeatureRequest)
      .createQueryBuilder('r')
      .where(
        'r.partnership_id = :partnershipId AND r.released_at IS NOT NULL AND r.release_version IS NOT NULL AND r.changelog_entry IS NOT NULL',
        { partnershipId },
      )
      .orderBy('r.released_at', 'DESC')
      .addOrderBy('r.number', 'DESC')
      .take(first)
      .getMany();
    return rows.map((r) => ({
      number: r.number,
      title: r.title,
      releaseVersion: r.releaseVersion as string,
      changelogEntry: r.changelogEntry as string,
      releasedAt: r.releasedAt as Date,
    }));
  }

  async notifications(userId: string, unreadOnly: boolean, first: number): Promise<Notification[]> {
    return this.dataSource.getRepository(Notification).find({
      where: { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: first,
    });
  }

  async markRead(userId: string, ids: string[] | null): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `WITH marked AS (UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2)) RETURNING id)
       SELECT count(*)::int AS count FROM marked`,
      [userId, ids],
    );
    return count;
  }
}
