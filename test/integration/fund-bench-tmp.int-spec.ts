import { createTestApp, TestApp } from './support/test-app';
import { FundQueries } from '../../server/src/finance/fund/fund-queries';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 600000);
afterAll(() => t.close());

async function build(fundTxPerOrgYear: number, otherTxPerOrgYear: number) {
  const [{ id: p }] = await t.dataSource.query(`INSERT INTO partnerships (slug, name, product_name, governance_model) VALUES ('bench-' || substr(md5(random()::text), 1, 8), 'Bench', 'B', 'HYBRID') RETURNING id`);
  const q = t.app.get(FundQueries);
  await q.dashboard(p); // creates purposes
  const purposes: { id: string }[] = await t.dataSource.query(`SELECT id FROM fund_purposes WHERE partnership_id = $1`, [p]);
  await t.dataSource.query(`INSERT INTO organisations (name, kind) SELECT 'Bench ' || $1::text || ' ' || g, 'MUNICIPALITY' FROM generate_series(1, 150) g`, [p]);
  const orgs: { id: string }[] = await t.dataSource.query(`SELECT id FROM organisations WHERE name LIKE 'Bench ' || $1::text || ' %'`, [p]);
  await t.dataSource.query(`INSERT INTO memberships (partnership_id, organisation_id, status, joined_on) SELECT $1::uuid, id, 'ACTIVE', '2017-01-01' FROM organisations WHERE name LIKE 'Bench ' || $1::text || ' %'`, [p]);
  await t.dataSource.query(`INSERT INTO finance_accounts (partnership_id, code, kind) VALUES ($1::uuid, 'BANK', 'BANK'), ($1::uuid, 'FUND:GENERAL', 'FUND'), ($1::uuid, 'INCOME:FEES', 'INCOME')`, [p]);
  for (const pu of purposes) await t.dataSource.query(`INSERT INTO finance_accounts (partnership_id, code, kind, purpose_id) VALUES ($1, 'FUND:' || $2::text, 'FUND', $2::uuid)`, [p, pu.id]);
  for (const o of orgs) await t.dataSource.query(`INSERT INTO finance_accounts (partnership_id, code, kind, organisation_id) VALUES ($1, 'RECEIVABLE:' || $2::text, 'RECEIVABLE', $2::uuid)`, [p, o.id]);
  await t.dataSource.query(`
    WITH tx AS (
      INSERT INTO ledger_transactions (id, partnership_id, kind, booked_on, description, counterparty_organisation_id, source_type, source_id)
      SELECT gen_random_uuid(), $1::uuid, k.kind, make_date(y, 1 + (n % 12), 1 + (n % 28)), 'bench', o.id, k.kind, gen_random_uuid()
        FROM (SELECT id FROM organisations WHERE name LIKE 'Bench ' || $1::text || ' %') o,
             generate_series(2017, 2026) y,
             LATERAL (SELECT 'FUND_CONTRIBUTION' AS kind, g AS n FROM generate_series(1, $2::int) g UNION ALL SELECT 'PAYMENT', g FROM generate_series(1, $3::int) g) k
      RETURNING id, kind, booked_on, counterparty_organisation_id)
    SELECT count(*) FROM tx`, [p, fundTxPerOrgYear, otherTxPerOrgYear]);
  // Entries: contribution → BANK / FUND:(a purpose or general by hash); payment → BANK / RECEIVABLE.
  await t.dataSource.query(`
    INSERT INTO ledger_entries (transaction_id, partnership_id, account_id, amount_cents, currency, booked_on)
    SELECT t.id, t.partnership_id, x.account_id, x.amount, 'EUR', t.booked_on
      FROM ledger_transactions t
      CROSS JOIN LATERAL (
        SELECT (SELECT id FROM finance_accounts WHERE partnership_id = t.partnership_id AND code = 'BANK') AS account_id, 100000::bigint AS amount
        UNION ALL
        SELECT CASE WHEN t.kind = 'PAYMENT' THEN (SELECT id FROM finance_accounts WHERE partnership_id = t.partnership_id AND organisation_id = t.counterparty_organisation_id)
                    ELSE (SELECT id FROM finance_accounts WHERE partnership_id = t.partnership_id AND kind = 'FUND' ORDER BY md5(t.id::text || code) LIMIT 1) END, -100000::bigint) x
     WHERE t.partnership_id = $1`, [p]);
  await t.dataSource.query('ANALYZE');
  const [{ entries }] = await t.dataSource.query(`SELECT count(*)::int AS entries FROM ledger_entries WHERE partnership_id = $1`, [p]);
  await t.dataSource.query('VACUUM ANALYZE ledger_entries'); await t.dataSource.query('VACUUM ANALYZE ledger_transactions');
  for (let i = 0; i < 20; i++) await t.dataSource.query(`WITH acc AS (
           SELECT id, kind, purpose_id FROM finance_accounts WHERE partnership_id = $1 AND kind IN ('FUND', 'ALLOCATED')),
         ent AS MATERIALIZED (
           SELECT acc.kind AS account_kind, acc.purpose_id, e.transaction_id, e.amount_cents
             FROM acc CROSS JOIN LATERAL (SELECT transaction_id, amount_cents FROM ledger_entries WHERE account_id = acc.id OFFSET 0) e),
         tx AS MATERIALIZED (
           SELECT id, kind, CASE WHEN kind = 'FUND_CONTRIBUTION' THEN org END AS org, CASE WHEN kind = 'FUND_CONTRIBUTION' THEN year ELSE 0 END AS year
             FROM (SELECT t.id, CASE WHEN t.reverses_id IS NULL THEN t.kind ELSE (SELECT o.kind FROM ledger_transactions o WHERE o.id = t.reverses_id) END AS kind,
                          t.counterparty_organisation_id AS org, extract(year FROM t.booked_on)::int AS year
                     FROM ledger_transactions t
                    WHERE t.partnership_id = $1 AND t.source_type IN ('FUND_CONTRIBUTION', 'FUND_ALLOCATION')) k)
         SELECT GROUPING(ent.account_kind) AS per_contributor, ent.account_kind, ent.purpose_id, tx.kind, tx.org, tx.year, sum(ent.amount_cents)::text AS total
           FROM ent JOIN tx ON tx.id = ent.transaction_id
          GROUP BY GROUPING SETS ((ent.account_kind, ent.purpose_id, tx.kind), (tx.org, tx.year))`, [p]);
  const plan = await t.dataSource.query('EXPLAIN (ANALYZE) ' + `WITH acc AS (
           SELECT id, kind, purpose_id FROM finance_accounts WHERE partnership_id = $1 AND kind IN ('FUND', 'ALLOCATED')),
         ent AS MATERIALIZED (
           SELECT acc.kind AS account_kind, acc.purpose_id, e.transaction_id, e.amount_cents
             FROM acc CROSS JOIN LATERAL (SELECT transaction_id, amount_cents FROM ledger_entries WHERE account_id = acc.id OFFSET 0) e),
         tx AS MATERIALIZED (
           SELECT id, kind, CASE WHEN kind = 'FUND_CONTRIBUTION' THEN org END AS org, CASE WHEN kind = 'FUND_CONTRIBUTION' THEN year ELSE 0 END AS year
             FROM (SELECT t.id, CASE WHEN t.reverses_id IS NULL THEN t.kind ELSE (SELECT o.kind FROM ledger_transactions o WHERE o.id = t.reverses_id) END AS kind,
                          t.counterparty_organisation_id AS org, extract(year FROM t.booked_on)::int AS year
                     FROM ledger_transactions t
                    WHERE t.partnership_id = $1 AND t.source_type IN ('FUND_CONTRIBUTION', 'FUND_ALLOCATION')) k)
         SELECT GROUPING(ent.account_kind) AS per_contributor, ent.account_kind, ent.purpose_id, tx.kind, tx.org, tx.year, sum(ent.amount_cents)::text AS total
           FROM ent JOIN tx ON tx.id = ent.transaction_id
          GROUP BY GROUPING SETS ((ent.account_kind, ent.purpose_id, tx.kind), (tx.org, tx.year))`, [p]);
  console.log(plan.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
  const times: number[] = [];
  for (let i = 0; i < 60; i++) { 
    const s = process.hrtime.bigint();
    await q.dashboard(p);
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
    times.sort((a, b) => a - b);
  await t.createUser(`kasse-${p}@bench.example`, { roles: [{ partnershipId: p, role: 'TREASURER' }] });
  const cookie = await t.signIn(`kasse-${p}@bench.example`);
  const Q = `query($p: ID!) { fundDashboard(partnershipId: $p) { partnershipId minimumContributionCents totalContributedCents totalAvailableCents pendingCents years
    purposes { purpose { id key labelDe labelEn position archivedAt } contributedCents drawnCents allocatedCents disbursedCents committedCents availableCents }
    generalFund { contributedCents drawnCents allocatedCents disbursedCents committedCents availableCents }
    contributors { organisationId organisationName member amountsByYearCents amountCents basisPoints percent } } }`;
  const http: number[] = [];
  for (let i = 0; i < 60; i++) {
    const s = process.hrtime.bigint();
    const body = await t.gqlAs(cookie, Q, { p });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    http.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  http.sort((a, b) => a - b);
  const small: number[] = [];
  for (let i = 0; i < 60; i++) {
    const s = process.hrtime.bigint();
    await t.gqlAs(cookie, `query($p: ID!) { fundDashboard(partnershipId: $p) { partnershipId } }`, { p });
    small.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  small.sort((a, b) => a - b);
  const ping: number[] = [];
  for (let i = 0; i < 60; i++) {
    const s = process.hrtime.bigint();
    await t.gqlAs(cookie, `{ me { id } }`);
    ping.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  ping.sort((a, b) => a - b);
  console.log(`small p50 ${small[30].toFixed(1)}; me p50 ${ping[30].toFixed(1)}`);
  console.log(`HTTP p50 ${http[30].toFixed(1)} p95 ${http[57].toFixed(1)}`);
  console.log(`fund tx/org/yr ${fundTxPerOrgYear}, other ${otherTxPerOrgYear}: ${entries} entries; p50 ${times[30].toFixed(1)} ms, p95 ${times[57].toFixed(1)} ms`);
}

it('benchmarks', async () => {
  await build(2, 60);
}, 600000);
