import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one double-entry ledger every movement of money goes through: accounts per partnership, transactions
 * whose entries sum to zero (checked by a deferred constraint trigger at commit), entries in integer cents.
 * Transactions and entries are append-only: a trigger rejects UPDATE, DELETE and TRUNCATE, so a correction is
 * a reversing transaction. Balances are a view over the entries, never a stored second truth.
 * Votes and agenda items learn a third subject type, FUND_ALLOCATION.
 */
export class Ledger1763790500000 implements MigrationInterface {
  name = 'Ledger1763790500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE finance_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        code text NOT NULL CHECK (length(code) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('BANK','RECEIVABLE','FUND','ALLOCATED','PAYABLE','INCOME','EXPENSE')),
        organisation_id uuid REFERENCES organisations (id),
        purpose_id uuid,
        currency char(3) NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT finance_accounts_code_key UNIQUE (partnership_id, code),
        CONSTRAINT finance_accounts_partnership_id_key UNIQUE (partnership_id, id),
        CONSTRAINT finance_accounts_organisation_check CHECK ((organisation_id IS NOT NULL) = (kind IN ('RECEIVABLE','PAYABLE'))),
        CONSTRAINT finance_accounts_purpose_check CHECK (purpose_id IS NULL OR kind IN ('FUND','ALLOCATED'))
      )`);
    await queryRunner.query(
      `CREATE INDEX finance_accounts_organisation ON finance_accounts (partnership_id, organisation_id) WHERE organisation_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE ledger_transactions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id),
        kind text NOT NULL CHECK (kind IN ('FEE_INVOICE','PAYMENT','FUND_CONTRIBUTION','FUND_ALLOCATION','FUND_DISBURSEMENT','COST_SHARE','PROVIDER_PAYMENT','REVERSAL')),
        booked_on date NOT NULL,
        description text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 500),
        counterparty_organisation_id uuid REFERENCES organisations (id),
        source_type text CHECK (source_type ~ '^[A-Z_]{1,40}$'),
        source_id uuid,
        reverses_id uuid UNIQUE REFERENCES ledger_transactions (id),
        created_by_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ledger_transactions_source_check CHECK ((source_type IS NULL) = (source_id IS NULL)),
        CONSTRAINT ledger_transactions_reversal_check CHECK ((kind = 'REVERSAL') = (reverses_id IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX ledger_transactions_booked ON ledger_transactions (partnership_id, booked_on, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX ledger_transactions_source ON ledger_transactions (source_type, source_id) WHERE source_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ledger_transactions_counterparty ON ledger_transactions (partnership_id, counterparty_organisation_id, booked_on) WHERE counterparty_organisation_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE ledger_entries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id uuid NOT NULL REFERENCES ledger_transactions (id),
        partnership_id uuid NOT NULL,
        account_id uuid NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents <> 0),
        currency char(3) NOT NULL,
        booked_on date NOT NULL,
        CONSTRAINT ledger_entries_account_fkey FOREIGN KEY (partnership_id, account_id) REFERENCES finance_accounts (partnership_id, id)
      )`);
    await queryRunner.query(`CREATE INDEX ledger_entries_transaction ON ledger_entries (transaction_id)`);
    await queryRunner.query(
      `CREATE INDEX ledger_entries_account_booked ON ledger_entries (account_id, booked_on) INCLUDE (amount_cents, transaction_id)`,
    );

    // An entry agrees with its transaction and its account; checked on insert, as entries never change.
    await queryRunner.query(`
      CREATE FUNCTION ledger_entry_consistent() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE t ledger_transactions%ROWTYPE; account_currency char(3);
      BEGIN
        SELECT * INTO t FROM ledger_transactions WHERE id = NEW.transaction_id;
        IF t.partnership_id <> NEW.partnership_id OR t.booked_on <> NEW.booked_on THEN
          RAISE EXCEPTION 'ledger entry % does not match its transaction % (partnership and booking date must be the same)', NEW.id, NEW.transaction_id
            USING ERRCODE = 'check_violation';
        END IF;
        SELECT currency INTO account_currency FROM finance_accounts WHERE id = NEW.account_id;
        IF account_currency <> NEW.currency THEN
          RAISE EXCEPTION 'ledger entry in % on an account kept in %', NEW.currency, account_currency USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER ledger_entry_consistent BEFORE INSERT ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_entry_consistent()`,
    );

    // Double entry: at commit, every transaction that got entries has at least two and they sum to zero
    // per currency. Deferred, so a transaction's entries can be inserted one by one within the commit.
    await queryRunner.query(`
      CREATE FUNCTION ledger_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE entry_count integer; unbalanced text;
      BEGIN
        SELECT count(*) INTO entry_count FROM ledger_entries WHERE transaction_id = NEW.transaction_id;
        IF entry_count < 2 THEN
          RAISE EXCEPTION 'ledger transaction % has % entry; a transaction needs at least two', NEW.transaction_id, entry_count
            USING ERRCODE = 'check_violation';
        END IF;
        SELECT string_agg(currency || ' ' || total, ', ') INTO unbalanced FROM (
          SELECT currency, sum(amount_cents) AS total FROM ledger_entries WHERE transaction_id = NEW.transaction_id GROUP BY currency
        ) sums WHERE total <> 0;
        IF unbalanced IS NOT NULL THEN
          RAISE EXCEPTION 'ledger transaction % does not balance: its entries sum to % cents, not zero', NEW.transaction_id, unbalanced
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER ledger_transaction_balanced AFTER INSERT ON ledger_entries
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balanced()`);

    // Append-only: the books are never edited, only corrected by reversing transactions.
    await queryRunner.query(`
      CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed; post a reversing transaction instead', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['ledger_transactions', 'ledger_entries']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`,
      );
    }

    await queryRunner.query(`
      CREATE VIEW ledger_account_balances AS
        SELECT a.id AS account_id, a.partnership_id, a.code, a.kind, a.organisation_id, a.purpose_id, a.currency,
               coalesce(sum(e.amount_cents), 0)::bigint AS balance_cents, count(e.id)::integer AS entry_count
          FROM finance_accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
         GROUP BY a.id`);

    // A vote can now approve an allocation from the development fund.
    await queryRunner.query(`ALTER TABLE votes DROP CONSTRAINT votes_subject_type_check`);
    await queryRunner.query(
      `ALTER TABLE votes ADD CONSTRAINT votes_subject_type_check CHECK (subject_type IN ('MEMBERSHIP_APPLICATION','FEATURE_REQUEST','FUND_ALLOCATION'))`,
    );
    await queryRunner.query(`ALTER TABLE agenda_items DROP CONSTRAINT agenda_items_subject_type_check`);
    await queryRunner.query(
      `ALTER TABLE agenda_items ADD CONSTRAINT agenda_items_subject_type_check CHECK (subject_type IN ('MEMBERSHIP_APPLICATION','FEATURE_REQUEST','FUND_ALLOCATION'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE agenda_items SET subject_type = NULL, subject_id = NULL WHERE subject_type = 'FUND_ALLOCATION'`,
    );
    await queryRunner.query(`ALTER TABLE agenda_items DROP CONSTRAINT agenda_items_subject_type_check`);
    await queryRunner.query(
      `ALTER TABLE agenda_items ADD CONSTRAINT agenda_items_subject_type_check CHECK (subject_type IN ('MEMBERSHIP_APPLICATION','FEATURE_REQUEST'))`,
    );
    await queryRunner.query(
      `UPDATE votes SET subject_type = NULL, subject_id = NULL WHERE subject_type = 'FUND_ALLOCATION'`,
    );
    await queryRunner.query(`ALTER TABLE votes DROP CONSTRAINT votes_subject_type_check`);
    await queryRunner.query(
      `ALTER TABLE votes ADD CONSTRAINT votes_subject_type_check CHECK (subject_type IN ('MEMBERSHIP_APPLICATION','FEATURE_REQUEST'))`,
    );
    await queryRunner.query(`DROP VIEW ledger_account_balances`);
    await queryRunner.query(`DROP TABLE ledger_entries`);
    await queryRunner.query(`DROP TABLE ledger_transactions`);
    await queryRunner.query(`DROP FUNCTION ledger_append_only()`);
    await queryRunner.query(`DROP FUNCTION ledger_transaction_balanced()`);
    await queryRunner.query(`DROP FUNCTION ledger_entry_consistent()`);
    await queryRunner.query(`DROP TABLE finance_accounts`);
  }
}
