import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byId, groupBy } from '../../common/graphql/batch';
import {
  CostAgreement,
  CostAgreementVersion,
  CostContract,
  CostShareRow,
  ModuleUse,
  PartnershipModule,
} from './agreements.entities';
import { ProviderBalance, providerBalances } from './provider-payments.service';

/** Per-request batching for agreements' and modules' relation fields (part of the GraphQL context's loaders). */
export interface AgreementLoaders {
  versionsByAgreement: DataLoader<string, CostAgreementVersion[]>;
  sharesByVersion: DataLoader<string, CostShareRow[]>;
  contractsByAgreement: DataLoader<string, CostContract[]>;
  module: DataLoader<string, PartnershipModule | null>;
  usesByModule: DataLoader<string, ModuleUse[]>;
  agreementsByModule: DataLoader<string, CostAgreement[]>;
  /** Request id → its live (not cancelled) agreement's id. */
  agreementIdByRequest: DataLoader<string, string | null>;
  /** Agreement id → what its provider was paid and is still owed, from the ledger. */
  providerBalance: DataLoader<string, ProviderBalance>;
}

export function agreementLoaders(dataSource: DataSource): AgreementLoaders {
  return {
    versionsByAgreement: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(CostAgreementVersion)
          .find({ where: { agreementId: In([...ids]) }, order: { version: 'ASC' } }),
        (v) => v.agreementId,
      ),
    ),
    sharesByVersion: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(CostShareRow)
          .find({ where: { versionId: In([...ids]) }, order: { position: 'ASC' } }),
        (s) => s.versionId,
      ),
    ),
    contractsByAgreement: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(CostContract)
          .find({ where: { agreementId: In([...ids]) }, order: { id: 'ASC' } }),
        (c) => c.agreementId,
      ),
    ),
    module: new DataLoader(async (ids) =>
      byId(ids, await dataSource.getRepository(PartnershipModule).findBy({ id: In([...ids]) })),
    ),
    usesByModule: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(ModuleUse)
          .find({ where: { moduleId: In([...ids]) }, order: { since: 'ASC', id: 'ASC' } }),
        (u) => u.moduleId,
      ),
    ),
    agreementsByModule: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(CostAgreement)
          .find({ where: { moduleId: In([...ids]) }, order: { year: 'DESC', id: 'ASC' } }),
        (a) => a.moduleId ?? '',
      ),
    ),
    agreementIdByRequest: new DataLoader(async (ids) => {
      const rows: { id: string; feature_request_id: string }[] = await dataSource.query(
        `SELECT id, feature_request_id FROM cost_agreements WHERE feature_request_id = ANY($1::uuid[]) AND status <> 'CANCELLED'`,
        [ids],
      );
      const map = new Map(rows.map((r) => [r.feature_request_id, r.id]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    providerBalance: new DataLoader(async (ids) => {
      const found = await providerBalances(dataSource, ids);
      return ids.map((id) => found.get(id) ?? { paidCents: 0n, owedCents: 0n });
    }),
  };
}
