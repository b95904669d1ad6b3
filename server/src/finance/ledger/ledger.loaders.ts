import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byId, groupBy } from '../../common/graphql/batch';
import { FinanceAccount, LedgerEntry } from './ledger.entities';

/** A fund purpose as the ledger shows it next to an account (the fund module owns fund_purposes). */
export interface AccountPurposeRow {
  id: string;
  key: string;
  labelDe: string;
  labelEn: string;
}

/** Per-request batching for the ledger's relation fields (part of the GraphQL context's loaders). */
export interface LedgerLoaders {
  entriesByTransaction: DataLoader<string, LedgerEntry[]>;
  account: DataLoader<string, FinanceAccount | null>;
  /** Transaction id → the id of the reversal that cancels it, or null. */
  reversalOf: DataLoader<string, string | null>;
  purpose: DataLoader<string, AccountPurposeRow | null>;
}

export function ledgerLoaders(dataSource: DataSource): LedgerLoaders {
  return {
    entriesByTransaction: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await dataSource
          .getRepository(LedgerEntry)
          .find({ where: { transactionId: In([...ids]) }, order: { id: 'ASC' } }),
        (e) => e.transactionId,
      ),
    ),
    account: new DataLoader(async (ids) =>
      byId(ids, await dataSource.getRepository(FinanceAccount).findBy({ id: In([...ids]) })),
    ),
    reversalOf: new DataLoader(async (ids) => {
      const rows: { id: string; reverses_id: string }[] = await dataSource.query(
        `SELECT id, reverses_id FROM ledger_transactions WHERE reverses_id = ANY($1::uuid[])`,
        [ids],
      );
      const map = new Map(rows.map((r) => [r.reverses_id, r.id]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    purpose: new DataLoader(async (ids) => {
      const rows: AccountPurposeRow[] = await dataSource.query(
        `SELECT id, key, label_de AS "labelDe", label_en AS "labelEn" FROM fund_purposes WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      return byId(ids, rows);
    }),
  };
}
