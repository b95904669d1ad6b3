import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, Page, toPage } from '../../common/graphql/pagination';
import { balancesByPurpose, fundAccountSums, netBySourceSql } from '../ledger/ledger-reads';
import { percentText, sharesOf } from './fund-rules';
import { FundAllocationStatus, FundPurpose, FundRefusalReason } from './fund.entities';
import { FundAllocationView, FundContributor, FundDashboard, FundPoolBalance } from './fund.types';
import { FundPurposesService } from './fund-purposes.service';

/** One collator for all sorting: localeCompare with a locale builds one per call. */
const byName = new Intl.Collator('de');

interface AllocationRow {
  id: string;
  partnership_id: string;
  title: string;
  description: string;
  amount_cents: string;
  status: FundAllocationStatus;
  refusal_reason: FundRefusalReason | null;
  outcome: string | null;
  agenda_item_id: string | null;
  transaction_id: string | null;
  decided_at: Date | null;
  created_at: Date;
  purpose: {
    id: string;
    partnershipId: string;
    key: string;
    labelDe: string;
    labelEn: string;
    position: number;
    archivedAt: string | null;
    createdAt: string;
  };
  request: { id: string; number: number; title: string; fundingRoute: string; financedAt: string | null } | null;
  vote: { id: string; title: string; status: string; outcome: string | null; deadline: string | null } | null;
  allocated_cents: string;
  disbursed_cents: string;
}

/**
 * Reads of the fund, each a few statements however large the ledger: balances are summed in SQL over the
 * fund's transactions (found by a partial index) and their entries, never loaded row by row.
 */
@Injectable()
export class FundQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly purposes: FundPurposesService,
  ) {}

  /** Unallocated money per pool (purpose id, or null for the general fund): the FUND accounts' credit balances. */
  async poolBalances(manager: EntityManager, partnershipId: string): Promise<Map<string | null, bigint>> {
    const balances = await balancesByPurpose(manager, partnershipId, 'FUND');
    return new Map([...balances].map(([purposeId, cents]) => [purposeId, -cents]));
  }

  /** Pending proposals in the order they were made: the order they are served in when checking availability. */
  async pending(
    manager: EntityManager,
    partnershipId: string,
    exceptId?: string,
  ): Promise<{ purposeId: string; amountCents: bigint }[]> {
    const rows: { purpose_id: string; amount_cents: string }[] = await manager.query(
      `SELECT purpose_id, amount_cents FROM fund_allocations WHERE partnership_id = $1 AND status = 'PROPOSED' AND id <> coalesce($2::uuid, '00000000-0000-0000-0000-000000000000') ORDER BY created_at, id`,
      [partnershipId, exceptId ?? null],
    );
    return rows.map((r) => ({ purposeId: r.purpose_id, amountCents: BigInt(r.amount_cents) }));
  }

  async dashboard(partnershipId: string): Promise<FundDashboard> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { settings, purposes } = await this.purposes.ensure(manager, partnershipId);
      // One pass over the fund's transactions: per account and (original) kind, and for contributions per
      // contributor and year.
      const sums = await fundAccountSums(manager, partnershipId);
      const pool = () => ({
        contributed: 0n,
        drawn: 0n,
        allocated: 0n,
        disbursed: 0n,
        balanceFund: 0n,
        balanceAllocated: 0n,
      });
      const pools = new Map<string | null, ReturnType<typeof pool>>();
      const at = (id: string | null) => pools.get(id) ?? pools.set(id, pool()).get(id)!;
      // Only contribution transactions carry a contributor; their FUND entries are the money received.
      const byContributorYear = new Map(sums.contributions.map((c) => [`${c.organisationId}|${c.year}`, -c.cents]));
      for (const r of sums.pools) {
        const { cents } = r;
        const p = at(r.purposeId);
        if (r.accountKind === 'FUND') {
          p.balanceFund += cents;
          if (r.kind === 'FUND_CONTRIBUTION') p.contributed -= cents;
          else if (r.kind === 'FUND_ALLOCATION') p.drawn += cents;
        } else {
          p.balanceAllocated += cents;
          if (r.kind === 'FUND_ALLOCATION') p.allocated -= cents;
          else if (r.kind === 'FUND_DISBURSEMENT') p.disbursed += cents;
        }
      }
      const toBalance = (purpose: FundPurpose | null): FundPoolBalance => {
        const p = pools.get(purpose?.id ?? null) ?? pool();
        return {
          purpose,
          contributedCents: p.contributed.toString(),
          drawnCents: p.drawn.toString(),
          allocatedCents: p.allocated.toString(),
          disbursedCents: p.disbursed.toString(),
          committedCents: (-p.balanceAllocated).toString(),
          availableCents: (-p.balanceFund).toString(),
        };
      };
      const shown = purposes.filter((p) => !p.archivedAt || pools.has(p.id));
      const organisationIds = [...new Set([...byContributorYear.keys()].map((k) => k.split('|')[0]))];
      const names: { id: string; name: string; member: boolean }[] = organisationIds.length
        ? await manager.query(
            `SELECT o.id, o.name, EXISTS (SELECT 1 FROM memberships m WHERE m.partnership_id = $1 AND m.organisation_id = o.id AND m.status = 'ACTIVE') AS member
               FROM organisations o WHERE o.id = ANY($2::uuid[])`,
            [partnershipId, organisationIds],
          )
        : [];
      const nameOf = new Map(names.map((n) => [n.id, n]));
      const perContributor = new Map<string, Map<number, bigint>>();
      for (const [key, cents] of byContributorYear) {
        if (cents === 0n) continue;
        const [organisationId, year] = key.split('|');
        const years =
          perContributor.get(organisationId) ?? perContributor.set(organisationId, new Map()).get(organisationId)!;
        years.set(Number(year), cents);
      }
      const years = [...new Set([...perContributor.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
      const totals = [...perContributor.entries()].map(([key, m]) => ({
        key,
        amountCents: [...m.values()].reduce((sum, c) => sum + c, 0n),
      }));
      const contributors: FundContributor[] = sharesOf(totals)
        .map((s) => {
          const org = nameOf.get(s.key);
          const m = perContributor.get(s.key) as Map<number, bigint>;
          return {
            organisationId: s.key,
            organisationName: org?.name ?? s.key,
            member: org?.member ?? false,
            amountsByYearCents: years.map((y) => (m.get(y) ?? 0n).toString()),
            amountCents: s.amountCents.toString(),
            basisPoints: s.basisPoints,
            percent: percentText(s.basisPoints),
          };
        })
        .sort(
          (a, b) =>
            b.basisPoints - a.basisPoints ||
            byName.compare(a.organisationName, b.organisationName) ||
            (a.organisationId < b.organisationId ? -1 : 1),
        );
      let totalContributed = 0n;
      let totalAvailable = 0n;
      for (const p of pools.values()) {
        totalContributed += p.contributed;
        totalAvailable -= p.balanceFund;
      }
      const [{ pending }] = await manager.query(
        `SELECT coalesce(sum(amount_cents), 0)::text AS pending FROM fund_allocations WHERE partnership_id = $1 AND status = 'PROPOSED'`,
        [partnershipId],
      );
      return {
        partnershipId,
        minimumContributionCents: settings.minimumContributionCents,
        purposes: shown.map((p) => toBalance(p)),
        generalFund: toBalance(null),
        totalContributedCents: totalContributed.toString(),
        totalAvailableCents: totalAvailable.toString(),
        pendingCents: pending,
        years,
        contributors,
      };
    });
  }

  /** Allocations newest first, with purpose, request, vote and the ledger's allocated and disbursed sums, in one statement. */
  async allocations(
    partnershipId: string,
    args: { first: number; after?: string; status?: FundAllocationStatus },
  ): Promise<Page<FundAllocationView>> {
    const after = args.after ? decodeCursor(args.after) : null;
    const rows = await this.select(
      this.dataSource.manager,
      'f.partnership_id = $1 AND ($2::text IS NULL OR f.status = $2) AND ($3::timestamptz IS NULL OR (f.created_at, f.id) < ($3::timestamptz, $4::uuid))',
      [partnershipId, args.status ?? null, after?.[0] ?? null, after?.[1] ?? null],
      args.first + 1,
    );
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM fund_allocations WHERE partnership_id = $1 AND ($2::text IS NULL OR status = $2)`,
      [partnershipId, args.status ?? null],
    );
    return toPage(rows, args.first, count, (r) => r.createdAt.toISOString());
  }

  async allocation(manager: EntityManager, id: string): Promise<FundAllocationView | null> {
    const [row] = await this.select(manager, 'f.id = $1', [id], 1);
    return row ?? null;
  }

  private async select(
    manager: EntityManager,
    where: string,
    params: unknown[],
    limit: number,
  ): Promise<FundAllocationView[]> {
    const rows: AllocationRow[] = await manager.query(
      `SELECT f.id, f.partnership_id, f.title, f.description, f.amount_cents::text, f.status, f.refusal_reason, f.outcome, f.agenda_item_id,
              f.transaction_id, f.decided_at, f.created_at,
              json_build_object('id', p.id, 'partnershipId', p.partnership_id, 'key', p.key, 'labelDe', p.label_de, 'labelEn', p.label_en,
                                'position', p.position, 'archivedAt', p.archived_at, 'createdAt', p.created_at) AS purpose,
              CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'number', r.number, 'title', r.title, 'fundingRoute', r.funding_route, 'financedAt', r.financed_at) END AS request,
              CASE WHEN v.id IS NULL THEN NULL ELSE json_build_object('id', v.id, 'title', v.title, 'status', v.status, 'outcome', v.outcome, 'deadline', v.deadline) END AS vote,
              coalesce(m.allocated, 0)::text AS allocated_cents, coalesce(m.disbursed, 0)::text AS disbursed_cents
         FROM fund_allocations f
         JOIN fund_purposes p ON p.id = f.purpose_id
         LEFT JOIN feature_requests r ON r.id = f.feature_request_id
         LEFT JOIN votes v ON v.id = f.vote_id
         LEFT JOIN LATERAL (${movementsSql('f.partnership_id', 'f.id')}) m ON true
        WHERE ${where}
        ORDER BY f.created_at DESC, f.id DESC
        LIMIT ${Number(limit)}`,
      params,
    );
    return rows.map(toView);
  }
}

/**
 * What the ledger says an allocation moved, net of reversals: allocated = the FUND entries of its
 * transactions (only the approval draws from the fund), disbursed = minus its BANK entries (only
 * disbursements touch the bank). No kind needed, so reversals net out by themselves. One row, its
 * columns null when nothing was booked; the arguments are SQL expressions (placeholders or columns).
 */
export function movementsSql(partnershipId: string, allocationId: string): string {
  return `SELECT sum(n.fund) AS allocated, -sum(n.bank) AS disbursed
            FROM ${netBySourceSql({ partnership: partnershipId, sourceType: 'FUND_ALLOCATION', sourceIds: allocationId, accountKinds: ['FUND', 'BANK'] })} n`;
}

function toView(r: AllocationRow): FundAllocationView {
  const allocated = BigInt(r.allocated_cents);
  const disbursed = BigInt(r.disbursed_cents);
  return {
    id: r.id,
    partnershipId: r.partnership_id,
    title: r.title,
    description: r.description,
    amountCents: r.amount_cents,
    status: r.status,
    refusalReason: r.refusal_reason,
    outcome: r.outcome,
    agendaItemId: r.agenda_item_id,
    transactionId: r.transaction_id,
    decidedAt: r.decided_at,
    createdAt: r.created_at,
    purpose: Object.assign(new FundPurpose(), {
      ...r.purpose,
      archivedAt: r.purpose.archivedAt ? new Date(r.purpose.archivedAt) : null,
      createdAt: new Date(r.purpose.createdAt),
    }),
    featureRequest: r.request
      ? { ...r.request, financedAt: r.request.financedAt ? new Date(r.request.financedAt) : null }
      : null,
    vote: r.vote ? { ...r.vote, deadline: r.vote.deadline ? new Date(r.vote.deadline) : null } : null,
    allocatedCents: allocated.toString(),
    disbursedCents: disbursed.toString(),
    remainingCents: (allocated - disbursed).toString(),
  };
}
