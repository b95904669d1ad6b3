import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit/audit-append';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { CreateFundPurposeInput, UpdateFundPurposeInput, UpdateFundSettingsInput } from './dto/fund.inputs';
import { eurosText } from '../../common/money';
import { defaultPurposes, purposeKeyOf, reorder } from './fund-rules';
import { FundPurpose, FundSettings } from './fund.entities';
import { msg } from '../../common/i18n/messages';

/**
 * A partnership's fund settings and purposes. Both are created lazily, on the first read or write of the
 * partnership's fund: the settings row with the default minimum, and with it (only then) the default
 * purposes, so a default purpose the treasurer archived or renamed is never created again.
 */
@Injectable()
export class FundPurposesService {
  constructor(private readonly dataSource: DataSource) {}

  /** The settings and all purposes in their order; creates the defaults on first use. `lock` locks the settings row (the fund's writer lock). */
  async ensure(
    manager: EntityManager,
    partnershipId: string,
    lock = false,
  ): Promise<{ settings: FundSettings; purposes: FundPurpose[] }> {
    const read = () =>
      manager.findOne(FundSettings, {
        where: { partnershipId },
        ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
    // A plain read first: the dashboard (read often) then writes nothing once the fund exists.
    let settings = await read();
    if (!settings) {
      const created: unknown[] = await manager.query(
        `INSERT INTO fund_settings (partnership_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING partnership_id`,
        [partnershipId],
      );
      if (created.length > 0) {
        await manager.query(
          `INSERT INTO fund_purposes (partnership_id, key, label_de, label_en, position)
           SELECT $1, key, label_de, label_en, position FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS d(key, label_de, label_en, position)
           ON CONFLICT (partnership_id, key) DO NOTHING`,
          [
            partnershipId,
            defaultPurposes.map((p) => p.key),
            defaultPurposes.map((p) => p.labelDe),
            defaultPurposes.map((p) => p.labelEn),
            defaultPurposes.map((_, i) => i + 1),
          ],
        );
      }
      settings = (await read()) as FundSettings;
    }
    const purposes = await manager.find(FundPurpose, {
      where: { partnershipId },
      order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return { settings, purposes };
  }

  list(partnershipId: string, includeArchived: boolean): Promise<FundPurpose[]> {
    return this.dataSource.transaction(async (manager) => {
      const { purposes } = await this.ensure(manager, partnershipId);
      return includeArchived ? purposes : purposes.filter((p) => !p.archivedAt);
    });
  }

  settings(partnershipId: string): Promise<FundSettings> {
    return this.dataSource.transaction(async (manager) => (await this.ensure(manager, partnershipId)).settings);
  }

  async updateSettings(viewer: Viewer, input: UpdateFundSettingsInput): Promise<FundSettings> {
    return this.dataSource.transaction(async (manager) => {
      const { settings } = await this.ensure(manager, input.partnershipId, true);
      const before = settings.minimumContributionCents;
      settings.minimumContributionCents = input.minimumContributionCents;
      settings.updatedAt = new Date();
      const saved = await manager.save(settings);
      await appendAuditEvent(manager, {
        partnershipId: input.partnershipId,
        actorUserId: viewer.user.id,
        action: 'fund.settings_updated',
        subjectType: 'FundSettings',
        subjectId: input.partnershipId,
        payload: {
          minimumContributionCents: { from: before, to: input.minimumContributionCents },
          minimum: eurosText(BigInt(input.minimumContributionCents)),
        },
      });
      return saved;
    });
  }

  async create(viewer: Viewer, input: CreateFundPurposeInput): Promise<FundPurpose> {
    return this.dataSource.transaction(async (manager) => {
      const { purposes } = await this.ensure(manager, input.partnershipId, true);
      if (purposes.length >= 50) throw new AppError('CONFLICT', msg('fundPayout.atMostPurposes'));
      const clash = purposes.find(
        (p) =>
          p.labelDe.toLowerCase() === input.labelDe.toLowerCase() ||
          p.labelEn.toLowerCase() === input.labelEn.toLowerCase(),
      );
      if (clash)
        throw AppError.badInput({
          labelDe: [msg('fundPayout.purposeExists', { de: clash.labelDe, en: clash.labelEn })],
        });
      const active = purposes.filter((p) => !p.archivedAt);
      const purpose = await manager.save(
        manager.create(FundPurpose, {
          partnershipId: input.partnershipId,
          key: purposeKeyOf(input.labelEn, new Set(purposes.map((p) => p.key))),
          labelDe: input.labelDe,
          labelEn: input.labelEn,
          position: Math.max(0, ...active.map((p) => p.position)) + 1,
          archivedAt: null,
        }),
      );
      await appendAuditEvent(manager, {
        partnershipId: input.partnershipId,
        actorUserId: viewer.user.id,
        action: 'fund.purpose_created',
        subjectType: 'FundPurpose',
        subjectId: purpose.id,
        payload: { key: purpose.key, labelDe: purpose.labelDe, labelEn: purpose.labelEn },
      });
      return purpose;
    });
  }

  async update(viewer: Viewer, input: UpdateFundPurposeInput): Promise<FundPurpose> {
    AppError.refuseRemoval(input, ['labelDe', 'labelEn', 'position', 'archived']);
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(FundPurpose, { id: input.id });
      if (!found) throw new AppError('NOT_FOUND', msg('fundPayout.purposeNotFound', { id: input.id }));
      const { purposes } = await this.ensure(manager, found.partnershipId, true);
      const purpose = purposes.find((p) => p.id === input.id) as FundPurpose;
      const changes: Record<string, unknown> = {};
      for (const field of ['labelDe', 'labelEn'] as const) {
        const value = input[field];
        if (value === undefined || value === purpose[field]) continue;
        const clash = purposes.find((p) => p.id !== purpose.id && p[field].toLowerCase() === value.toLowerCase());
        if (clash) throw AppError.badInput({ [field]: [msg('fundPayout.purposeNameTaken', { name: clash[field] })] });
        changes[field] = { from: purpose[field], to: value };
        purpose[field] = value;
      }
      if (input.archived !== undefined && input.archived !== (purpose.archivedAt !== null)) {
        changes.archived = input.archived;
        purpose.archivedAt = input.archived ? new Date() : null;
      }
      // Active purposes are numbered 1..n in their order; archived ones follow, so a restored one comes last.
      const active = purposes.filter((p) => !p.archivedAt && p.id !== purpose.id).map((p) => p.id);
      let order = active;
      if (!purpose.archivedAt) {
        const wanted =
          input.position ??
          (changes.archived === false
            ? active.length + 1
            : purposes.filter((p) => !p.archivedAt).findIndex((p) => p.id === purpose.id) + 1);
        order = reorder([...active, purpose.id], purpose.id, wanted);
        if (input.position !== undefined) changes.position = order.indexOf(purpose.id) + 1;
      }
      const archived = purposes.filter((p) => p.archivedAt && p.id !== purpose.id).map((p) => p.id);
      const all = [...order, ...(purpose.archivedAt ? [purpose.id] : []), ...archived];
      all.forEach((id, i) => {
        const p = purposes.find((x) => x.id === id) as FundPurpose;
        p.position = i + 1;
      });
      await manager.save(purposes);
      await appendAuditEvent(manager, {
        partnershipId: purpose.partnershipId,
        actorUserId: viewer.user.id,
        action: 'fund.purpose_updated',
        subjectType: 'FundPurpose',
        subjectId: purpose.id,
        payload: { key: purpose.key, ...changes },
      });
      return purpose;
    });
  }
}
