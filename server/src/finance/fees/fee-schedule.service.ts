import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit/audit-append';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { UpdateFeeScheduleInput } from './dto/fee.inputs';
import { coverageGaps, FeeScheduleRule, FeeTierRule, validateSchedule } from './fees';
import { FeeSchedule, FeeTier } from './fees.entities';
import { FeeScheduleView } from './fees.types';
import { msg } from '../../common/i18n/messages';

/** Reading and replacing a partnership's fee schedule. Invoices already written keep their amounts. */
@Injectable()
export class FeeScheduleService {
  constructor(private readonly dataSource: DataSource) {}

  async view(partnershipId: string, manager: EntityManager = this.dataSource.manager): Promise<FeeScheduleView | null> {
    const schedule = await manager.findOneBy(FeeSchedule, { partnershipId });
    if (!schedule) return null;
    const tiers = await manager.find(FeeTier, { where: { partnershipId }, order: { position: 'ASC' } });
    return { schedule, tiers, gaps: coverageGaps(tiers.map(toTierRule)) };
  }

  /** The schedule as the pure rules take it; locks the schedule row when asked (a fee run does). */
  async rule(manager: EntityManager, partnershipId: string, lock: boolean): Promise<FeeScheduleRule> {
    const [row] = await manager.query(
      `SELECT partnership_id FROM fee_schedules WHERE partnership_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [partnershipId],
    );
    if (!row) throw new AppError('CONFLICT', msg('fees.noSchedule'));
    const view = await this.view(partnershipId, manager);
    const { schedule, tiers } = view!;
    return {
      baseYear: schedule.baseYear,
      indexationBasisPoints: schedule.indexationBasisPoints,
      indexationStartYear: schedule.indexationStartYear,
      rounding: schedule.rounding,
      proRata: schedule.proRata,
      tiers: tiers.map(toTierRule),
    };
  }

  async dueDays(manager: EntityManager, partnershipId: string): Promise<number> {
    const [row] = await manager.query(`SELECT due_days FROM fee_schedules WHERE partnership_id = $1`, [partnershipId]);
    return (row?.due_days as number | undefined) ?? 30;
  }

  /** Replaces the schedule and all its tiers at once, or changes nothing when any rule is broken. */
  async update(viewer: Viewer, input: UpdateFeeScheduleInput): Promise<FeeScheduleView> {
    const tiers = input.tiers.map((t) => ({
      ...t,
      minPopulation: t.minPopulation ?? null,
      maxPopulation: t.maxPopulation ?? null,
      amountCents: BigInt(t.amountCents),
    }));
    const errors = validateSchedule({
      baseYear: input.baseYear,
      indexationBasisPoints: input.indexationBasisPoints,
      indexationStartYear: input.indexationStartYear ?? null,
      dueDays: input.dueDays,
      tiers,
    });
    if (Object.keys(errors).length > 0) throw AppError.badInput(errors);
    return this.dataSource.transaction(async (manager) => {
      const [partnership] = await manager.query(`SELECT id FROM partnerships WHERE id = $1`, [input.partnershipId]);
      if (!partnership) throw new AppError('NOT_FOUND', msg('fees.partnershipNotFound', { id: input.partnershipId }));
      await manager.query(
        `INSERT INTO fee_schedules (partnership_id, base_year, indexation_basis_points, indexation_start_year, rounding, pro_rata, due_days, updated_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (partnership_id) DO UPDATE SET base_year = $2, indexation_basis_points = $3, indexation_start_year = $4, rounding = $5,
           pro_rata = $6, due_days = $7, updated_by_user_id = $8, updated_at = now()`,
        [
          input.partnershipId,
          input.baseYear,
          input.indexationBasisPoints,
          input.indexationStartYear ?? null,
          input.rounding,
          input.proRata,
          input.dueDays,
          viewer.user.id,
        ],
      );
      await manager.query(`DELETE FROM fee_tiers WHERE partnership_id = $1`, [input.partnershipId]);
      for (const [position, tier] of tiers.entries()) {
        await manager.query(
          `INSERT INTO fee_tiers (partnership_id, position, label, kinds, min_population, max_population, amount_cents) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            input.partnershipId,
            position,
            tier.label,
            tier.kinds,
            tier.minPopulation,
            tier.maxPopulation,
            tier.amountCents.toString(),
          ],
        );
      }
      await appendAuditEvent(manager, {
        partnershipId: input.partnershipId,
        actorUserId: viewer.user.id,
        action: 'fee.schedule_updated',
        subjectType: 'FeeSchedule',
        subjectId: input.partnershipId,
        payload: {
          baseYear: input.baseYear,
          indexationBasisPoints: input.indexationBasisPoints,
          indexationStartYear: input.indexationStartYear ?? null,
          rounding: input.rounding,
          proRata: input.proRata,
          dueDays: input.dueDays,
          tiers: tiers.map((t) => ({
            label: t.label,
            kinds: t.kinds,
            minPopulation: t.minPopulation,
            maxPopulation: t.maxPopulation,
            amountCents: t.amountCents.toString(),
          })),
        },
      });
      return (await this.view(input.partnershipId, manager))!;
    });
  }
}

function toTierRule(tier: FeeTier): FeeTierRule {
  return {
    key: tier.id,
    label: tier.label,
    kinds: tier.kinds,
    minPopulation: tier.minPopulation,
    maxPopulation: tier.maxPopulation,
    amountCents: BigInt(tier.amountCents),
  };
}
