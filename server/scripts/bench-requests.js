// `npm run bench:requests`: 100,000 feature requests across 200 partnerships, then the latency of the
// similar-request lookup (200 titles typed with typos) and of the backlog page (first and a deep page,
// both sorts), through GraphQL over HTTP against the built app, and the SQL statements one backlog page
// costs for 5, 25 and 100 requests (pg_stat_statements). Prints figures only, asserts nothing.
// Uses its own embedded PostgreSQL in a temporary folder and free ports on 127.0.0.1; leaves nothing behind.
const { createHash, randomBytes, randomUUID } = require('node:crypto');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { at, buildServerIfNeeded, gql, percentile, rng, startApp, stopApp } = require('./bench-support');

const PARTNERSHIPS = 200;
const REQUESTS = 100_000;
const TYPED_TITLES = 200;
const BACKLOG_RUNS = 100; // per variant
const PAGE = 25;
const WARMUP = 20;
const SESSION_COOKIE = 'allmende_session';

function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const f = (x) => `${x.toFixed(1)} ms`;
  return `p50 ${f(percentile(sorted, 50))}, p95 ${f(percentile(sorted, 95))}, max ${f(sorted[sorted.length - 1])} (n = ${sorted.length})`;
}

/** A small seeded generator, so every run types the same titles. */

/** What someone types: part of the title, lower case now and then, with one or two typos. */
function typed(title, random) {
  let text = title;
  if (random() < 0.4)
    text = text
      .split(' ')
      .slice(0, Math.max(2, Math.ceil(text.split(' ').length * (0.5 + random() / 2))))
      .join(' ');
  if (random() < 0.5) text = text.toLowerCase();
  const typos = 1 + Math.floor(random() * 2);
  for (let i = 0; i < typos; i++) {
    const p = 1 + Math.floor(random() * (text.length - 2));
    const kind = Math.floor(random() * 4);
    if (kind === 0)
      text = text.slice(0, p) + text.slice(p + 1); // a letter missing
    else if (kind === 1)
      text = text.slice(0, p) + text[p + 1] + text[p] + text.slice(p + 2); // two swapped
    else if (kind === 2)
      text = text.slice(0, p) + text[p] + text.slice(p); // one doubled
    else text = text.replace('ä', 'ae').replace('ü', 'u').replace('ö', 'o').replace('-', ''); // umlauts, hyphen
  }
  return text;
}

// ---------------------------------------------------------------- app process

// ---------------------------------------------------------------- data

const features = [
  'Export',
  'Import',
  'Suche',
  'Filter',
  'Schnittstelle',
  'Benachrichtigung',
  'Barrierefreiheit',
  'Druckfunktion',
  'Anmeldung',
  'Archivierung',
  'Statistik',
  'Übersicht',
  'Terminbuchung',
  'Kartenansicht',
  'Bearbeitung',
  'Freigabe',
  'Synchronisierung',
  'Protokollierung',
  'Mehrsprachigkeit',
  'Offline-Modus',
  'Dokumentation',
  'Validierung',
  'Zeitleiste',
  'Dashboard',
  'Erinnerung',
  'Rechteverwaltung',
  'Vorschau',
  'Sortierung',
  'Kommentarfunktion',
  'Datenabgleich',
  'Kalender-Export',
  'Verschlagwortung',
];
const objects = [
  'Veranstaltungen',
  'Bebauungspläne',
  'Luftbilder',
  'Messreihen',
  'Zählstellen',
  'Baustellen',
  'Ratsbeschlüsse',
  'Anträge',
  'Bürgeranliegen',
  'Vereine',
  'Abfalltermine',
  'Parkplätze',
  'Ladesäulen',
  'Haltestellen',
  'Radwege',
  'Spielplätze',
  'Friedhofsflächen',
  'Bodenrichtwerte',
  'Schulwege',
  'Wahllokale',
  'Sitzungen',
  'Dorfgemeinschaftshäuser',
  'Mängelmeldungen',
  'Fördermittel',
  'Gewerbeflächen',
  'Denkmäler',
  'Hochwassergebiete',
  'Sensoren',
  'Themenkarten',
  'Geodienste',
];
const contexts = [
  'im Stadtportal',
  'in der App',
  'per Schnittstelle',
  'nach XÖV-Standard',
  'als CSV-Datei',
  'als PDF',
  'über OGC API Features',
  'für Mobilgeräte',
  'mit Screenreader',
  'im Ratsinformationssystem',
  'für Verwaltungsmitarbeitende',
  'nach BITV 2.0',
  'in Leichter Sprache',
  'per E-Mail',
  'mit Kartenausschnitt',
];
const roles = [
  'Sachbearbeiterin im Fachamt',
  'Bürger',
  'Ratsmitglied',
  'Vereinsvorstand',
  'Mitarbeiter der Leitstelle',
  'Planerin im Bauamt',
];
const verbs = [
  'exportieren',
  'durchsuchen',
  'filtern',
  'auf der Karte sehen',
  'abonnieren',
  'bearbeiten',
  'freigeben',
  'vergleichen',
  'ausdrucken',
  'teilen',
];
const goals = [
  'Anfragen schneller beantwortet werden',
  'weniger Medienbrüche entstehen',
  'die Daten aktuell bleiben',
  'alle Kommunen davon profitieren',
  'Doppelarbeit vermieden wird',
  'wir die gesetzlichen Fristen einhalten',
];
const today = [
  'Heute geschieht das per E-Mail und Tabellenkalkulation.',
  'Bisher muss das Fachamt die Daten von Hand übertragen.',
  'Mehrere Kommunen haben den Bedarf im Community-Call genannt.',
  'Eine Lösung aus dem Nachbarland könnte als Vorbild dienen.',
  'Der Aufwand sollte überschaubar sein, weil die Daten bereits vorliegen.',
];
const sqlArray = (words) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(', ')}]`;
/** One element of a word list, chosen at random (1-based arrays). */
const pick = (words) => `(${sqlArray(words)})[1 + floor(random() * ${words.length})::int]`;

async function generate(db, templates) {
  const random = rng(7);
  // Uneven sizes: a few large partnerships, many small ones; exactly REQUESTS in all.
  const weights = Array.from({ length: PARTNERSHIPS }, (_, i) => 1 / (1 + (i % 40)) + 0.05);
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(20, Math.floor((REQUESTS * w) / total)));
  sizes[0] += REQUESTS - sizes.reduce((a, b) => a + b, 0);
  const keys = Object.keys(templates);
  const partnerships = sizes.map((n, i) => ({
    id: randomUUID(),
    slug: `bench-${String(i + 1).padStart(3, '0')}`,
    requests: n,
    members: 8 + Math.floor(random() * 40),
    template: keys[i % keys.length],
  }));

  await db.query(`SELECT setseed(0.42)`);
  await db.query(`CREATE TEMP TABLE bench_p (id uuid, slug text, requests int, members int, template text)`);
  await db.query(`INSERT INTO bench_p SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::text[])`, [
    partnerships.map((p) => p.id),
    partnerships.map((p) => p.slug),
    partnerships.map((p) => p.requests),
    partnerships.map((p) => p.members),
    partnerships.map((p) => p.template),
  ]);
  await db.query(
    `INSERT INTO partnerships (id, slug, name, product_name, governance_model) SELECT id, slug, 'Bench ' || slug, 'Produkt ' || slug, 'COMMUNITY_CENTRED' FROM bench_p`,
  );
  await db.query(
    `INSERT INTO partnership_workflows (partnership_id, template, definition) SELECT bp.id, bp.template, ($1::jsonb) -> bp.template FROM bench_p bp`,
    [JSON.stringify(templates)],
  );
  await db.query(
    `INSERT INTO organisations (id, name, kind) SELECT gen_random_uuid(), 'Gemeinde ' || n, 'MUNICIPALITY' FROM generate_series(1, 2000) n`,
  );
  await db.query(
    `CREATE TEMP TABLE bench_o AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS idx FROM organisations`,
  );
  await db.query(`CREATE TEMP TABLE bench_m (partnership_id uuid, idx int, membership_id uuid)`);
  await db.query(
    `INSERT INTO bench_m SELECT bp.id, k, gen_random_uuid() FROM bench_p bp, generate_series(0, bp.members - 1) k`,
  );
  await db.query(
    `INSERT INTO memberships (id, partnership_id, organisation_id, status, voting, joined_on)
     SELECT m.membership_id, m.partnership_id, o.id, 'ACTIVE', true, current_date - 400
     FROM bench_m m JOIN bench_p bp ON bp.id = m.partnership_id JOIN bench_o o ON o.idx = (hashtext(bp.slug)::bigint + 2147483648 + m.idx) % 2000`,
  );
  await db.query(`CREATE INDEX ON bench_m (partnership_id, idx)`);
  // Stages of each partnership's workflow, to pick from.
  await db.query(
    `CREATE TEMP TABLE bench_s AS SELECT t.key AS template, (s.ord - 1)::int AS idx, s.stage ->> 'key' AS key
    FROM jsonb_each($1::jsonb) t, jsonb_array_elements(t.value -> 'stages') WITH ORDINALITY s(stage, ord)`,
    [JSON.stringify(templates)],
  );
  await db.query(
    `CREATE TEMP TABLE bench_sc AS SELECT template, count(*)::int AS stage_count FROM bench_s GROUP BY template`,
  );

  const title = `CASE floor(random() * 5)::int
      WHEN 0 THEN ${pick(features)} || ' für ' || ${pick(objects)}
      WHEN 1 THEN ${pick(features)} || ' für ' || ${pick(objects)} || ' ' || ${pick(contexts)}
      WHEN 2 THEN ${pick(objects)} || ': ' || ${pick(features)} || ' ' || ${pick(contexts)}
      WHEN 3 THEN ${pick(features)} || ' von ' || ${pick(objects)}
      ELSE ${pick(features)} || ' ' || ${pick(contexts)} END`;
  const description = `'Als ' || ${pick(roles)} || ' möchte ich ' || ${pick(objects)} || ' ' || ${pick(verbs)} || ', damit ' || ${pick(goals)} || '. ' || ${pick(today)} || ' ' || ${pick(today)}`;
  const started = Date.now();
  // Interest: most requests have none or one, a few almost every member (u^4 of the member count).
  await db.query(
    `INSERT INTO feature_requests (id, partnership_id, number, title, description, kind, target, funding_route, stage, membership_id, interest_count, created_at, updated_at)
     SELECT gen_random_uuid(), bp.id, n, ${title}, ${description},
            (ARRAY['FEATURE','FEATURE','FEATURE','BUG_FIX','SECURITY','DOCUMENTATION','OPTIMISATION'])[1 + floor(random() * 7)::int],
            (ARRAY['CORE','MODULE','UNDECIDED'])[1 + floor(random() * 3)::int],
            (ARRAY['ALL_MEMBERS','SUBGROUP','SINGLE_MEMBER','DEVELOPMENT_FUND'])[1 + floor(random() * 4)::int],
            s.key, m.membership_id, floor(bp.members * power(random(), 4))::int,
            now() - (bp.requests - n) * interval '2 hours', now() - (bp.requests - n) * interval '2 hours'
     FROM bench_p bp JOIN bench_sc sc ON sc.template = bp.template
     CROSS JOIN generate_series(1, bp.requests) n
     -- OFFSET 0 keeps the subquery apart, so random() is drawn once per request.
     CROSS JOIN LATERAL (SELECT floor(random() * sc.stage_count)::int AS si, floor(random() * bp.members)::int AS mi, n AS nn OFFSET 0) x
     JOIN bench_s s ON s.template = bp.template AND s.idx = x.si
     JOIN bench_m m ON m.partnership_id = bp.id AND m.idx = x.mi`,
  );
  await db.query(
    `INSERT INTO interest_declarations (request_id, membership_id, kind, co_fund_up_to_cents, declared_at)
     SELECT r.id, m.membership_id, x.kind, CASE WHEN x.kind = 'WILL_CO_FUND' THEN (1 + floor(random() * 40)::int) * 50000 END, r.created_at + interval '1 day'
     FROM feature_requests r JOIN bench_p bp ON bp.id = r.partnership_id
     CROSS JOIN LATERAL generate_series(1, r.interest_count) k
     JOIN bench_m m ON m.partnership_id = r.partnership_id AND m.idx = (r.number * 7 + k) % bp.members
     CROSS JOIN LATERAL (SELECT (ARRAY['SUPPORT','WILL_USE','WILL_CO_FUND'])[1 + floor(random() * 3)::int] AS kind, k AS kk OFFSET 0) x`,
  );
  await db.query(
    `INSERT INTO feature_request_transitions (request_id, from_stage, to_stage, at) SELECT id, NULL, 'SUBMITTED', created_at FROM feature_requests`,
  );
  await db.query(
    `INSERT INTO feature_request_transitions (request_id, from_stage, to_stage, at) SELECT id, 'SUBMITTED', stage, created_at + interval '3 days' FROM feature_requests WHERE stage <> 'SUBMITTED'`,
  );
  await db.query(
    `INSERT INTO feature_request_comments (request_id, body, created_at) SELECT id, 'Wir schließen uns an und können Testdaten liefern.', created_at + interval '2 days' FROM feature_requests WHERE random() < 0.1`,
  );
  await db.query('ANALYZE');
  const [counts] = (
    await db.query(`SELECT (SELECT count(*) FROM feature_requests)::int AS requests, (SELECT count(*) FROM interest_declarations)::int AS interest,
      (SELECT count(*) FROM memberships)::int AS memberships, (SELECT max(interest_count) FROM feature_requests) AS max_interest,
      (SELECT count(*) FROM feature_requests WHERE interest_count = 0)::int AS no_interest`)
  ).rows;
  console.log(
    `data: ${counts.requests} requests in ${PARTNERSHIPS} partnerships (${Math.min(...sizes)}–${Math.max(...sizes)} each), ${counts.memberships} memberships, ` +
      `${counts.interest} interest declarations (${counts.no_interest} requests with none, at most ${counts.max_interest}); generated and analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return partnerships;
}

// ---------------------------------------------------------------- measurements

const SIMILAR = `query($partnershipId: ID!, $text: String!) { similarFeatureRequests(partnershipId: $partnershipId, text: $text) { score request { id number title } } }`;
// The fields of the N+1 guard in test/integration/feature-requests.int-spec.ts: every relation of a backlog row.
// The backlog page as the portal asks for it (its operation file), and a worst case asking every relation field of a row.
const BACKLOG_PAGE = require('node:fs').readFileSync(
  at('web', 'src', 'features', 'feature-requests', 'graphql', 'partnershipBacklog.graphql'),
  'utf8',
);
const BACKLOG_FULL = `query($slug: String!, $first: Int!, $after: String, $sort: BacklogSort!) { partnership(slug: $slug) { featureRequests(first: $first, after: $after, sort: $sort) {
  totalCount nodes { number title stageInfo { key labelDe } organisation { name } submittedBy { displayName } interest { kind organisation { name } } coFundingTotalCents
  availableTransitions { to allowed } timeline { toStage actor { displayName } } comments { body } viewerSubscribed } pageInfo { endCursor hasNextPage } } } }`;
const cursor = (key, id) => Buffer.from(JSON.stringify([String(key), id])).toString('base64url');

async function timed(fn) {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

async function statementsOf(db, fn) {
  let fewest = Infinity;
  // Three tries, the fewest counts: a stray background statement must not be taken for the page's.
  for (let i = 0; i < 3; i++) {
    await db.query('SELECT pg_stat_statements_reset()');
    await fn();
    const { rows } = await db.query(
      `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`,
    );
    fewest = Math.min(fewest, rows[0].calls);
  }
  return fewest;
}

async function measureAll(app, db, cookie, partnerships, label) {
  const random = rng(11);
  const sample = (
    await db.query(`SELECT r.partnership_id, r.title FROM feature_requests r ORDER BY md5(r.id::text) LIMIT $1`, [
      TYPED_TITLES,
    ])
  ).rows;
  const typedTitles = sample.map((r) => ({
    partnershipId: r.partnership_id,
    title: r.title,
    text: typed(r.title, random),
  }));
  const byId = new Map(partnerships.map((p) => [p.id, p]));
  for (const t of typedTitles.slice(0, WARMUP))
    await gql(app.base, cookie, SIMILAR, { partnershipId: t.partnershipId, text: t.text });

  const similar = [];
  let found = 0;
  for (const t of typedTitles) {
    const [ms, data] = await timed(() =>
      gql(app.base, cookie, SIMILAR, { partnershipId: t.partnershipId, text: t.text }),
    );
    similar.push(ms);
    if (data.similarFeatureRequests.some((s) => s.request.title === t.title)) found += 1;
  }

  // Deep pages: the cursor of the 250th row of the partnership in each order (or its middle, when smaller).
  const deep = async (p, sort) => {
    const offset = Math.min(250, Math.floor(p.requests / 2));
    const order = sort === 'NEWEST' ? 'number DESC' : 'interest_count DESC, id DESC';
    const { rows } = await db.query(
      `SELECT id, number, interest_count FROM feature_requests WHERE partnership_id = $1 AND duplicate_of_id IS NULL ORDER BY ${order} OFFSET $2 LIMIT 1`,
      [p.id, offset],
    );
    return cursor(sort === 'NEWEST' ? rows[0].number : rows[0].interest_count, rows[0].id);
  };
  const variants = [];
  for (const sort of ['NEWEST', 'MOST_INTERESTED']) {
    for (const depth of ['first page', 'deep page']) {
      const runs = [];
      for (let i = 0; i < BACKLOG_RUNS; i++) {
        const p = partnerships[Math.floor(random() * partnerships.length)];
        runs.push({ slug: p.slug, sort, after: depth === 'first page' ? null : await deep(p, sort) });
      }
      variants.push({ label: `${sort}, ${depth}`, runs });
    }
  }
  const selections = [
    { name: 'as the portal asks for it (partnershipBacklog.graphql)', query: BACKLOG_PAGE },
    { name: 'with every relation field of a row (worst case)', query: BACKLOG_FULL },
  ];
  const backlog = [];
  for (const selection of selections) {
    for (const v of variants)
      for (const r of v.runs.slice(0, 5))
        await gql(app.base, cookie, selection.query, { slug: r.slug, first: PAGE, after: r.after, sort: r.sort });
    for (const v of variants) {
      const latencies = [];
      for (const r of v.runs)
        latencies.push(
          (
            await timed(() =>
              gql(app.base, cookie, selection.query, { slug: r.slug, first: PAGE, after: r.after, sort: r.sort }),
            )
          )[0],
        );
      backlog.push({ selection: selection.name, label: v.label, latencies });
    }
  }

  // Statements per page: the largest partnership, so even 100 rows fill the page.
  const largest = [...partnerships].sort((a, b) => b.requests - a.requests)[0];
  const statements = [];
  for (const selection of selections) {
    for (const first of [5, 25, 100]) {
      for (const sort of ['NEWEST', 'MOST_INTERESTED']) {
        statements.push({
          selection: selection.name,
          first,
          sort,
          count: await statementsOf(db, () =>
            gql(app.base, cookie, selection.query, { slug: largest.slug, first, after: null, sort }),
          ),
        });
      }
    }
  }
  const similarStatements = await statementsOf(db, () =>
    gql(app.base, cookie, SIMILAR, { partnershipId: typedTitles[0].partnershipId, text: typedTitles[0].text }),
  );

  console.log(`\n=== ${label} ===`);
  console.log(
    `similar-request lookup (GraphQL similarFeatureRequests over HTTP, ${TYPED_TITLES} typed titles with typos, one at a time): ${summary(similar)}`,
  );
  console.log(
    `  the request the title was typed from is among the suggestions: ${found}/${TYPED_TITLES}; ${similarStatements} SQL statements per lookup`,
  );
  console.log(
    `  e.g. "${typedTitles[1].text}" for "${typedTitles[1].title}" (${byId.get(typedTitles[1].partnershipId).slug})`,
  );
  for (const selection of selections) {
    console.log(
      `backlog page of ${PAGE} (GraphQL partnership.featureRequests over HTTP, ${selection.name}, ${BACKLOG_RUNS} random partnerships each):`,
    );
    for (const b of backlog.filter((x) => x.selection === selection.name))
      console.log(`  ${b.label.padEnd(28)} ${summary(b.latencies)}`);
  }
  console.log(
    `SQL statements per backlog page (pg_stat_statements, whole HTTP request incl. session lookup), ${largest.slug} with ${largest.requests} requests:`,
  );
  for (const s of statements)
    console.log(
      `  ${s.selection.slice(0, 24).padEnd(24)} first ${String(s.first).padStart(3)}, ${s.sort.padEnd(15)} ${s.count}`,
    );
  return { sample: typedTitles, largest };
}

/** The plans behind the figures: the similar-request SQL and the backlog's count and page, as the service sends them. */
async function explain(db, sample, largest) {
  const { orQueryOf } = require(at('server', 'dist', 'server', 'src', 'feature-requests', 'request-rules.js'));
  const { SIMILAR_SQL } = require(at('server', 'dist', 'server', 'src', 'feature-requests', 'request-queries.js'));
  const show = async (title, sql, params) => {
    const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    const lines = rows.map((r) => r['QUERY PLAN']);
    console.log(`\n--- EXPLAIN ANALYZE: ${title}`);
    for (const line of lines.length > 40 ? [...lines.slice(0, 36), '  …', ...lines.slice(-3)] : lines)
      console.log(`  ${line}`);
  };
  // The direct SQL timing too, to tell database time from app and HTTP time.
  const direct = [];
  for (const t of sample)
    direct.push((await timed(() => db.query(SIMILAR_SQL, [t.partnershipId, orQueryOf(t.text), t.text])))[0]);
  console.log(`\nsimilar-request SQL alone (pg client, same ${sample.length} texts): ${summary(direct)}`);
  const slow = sample.map((t, i) => ({ t, ms: direct[i] })).sort((a, b) => b.ms - a.ms)[0].t;
  await show(`similar requests for "${slow.text}" (the slowest)`, SIMILAR_SQL, [
    slow.partnershipId,
    orQueryOf(slow.text),
    slow.text,
  ]);
  await show(
    `backlog count (${largest.slug})`,
    `SELECT COUNT(DISTINCT("r"."id")) AS "cnt" FROM "feature_requests" "r" WHERE "r"."partnership_id" = $1 AND "r"."duplicate_of_id" IS NULL`,
    [largest.id],
  );
  await show(
    `backlog page MOST_INTERESTED (${largest.slug})`,
    `SELECT "r"."id", "r"."number", "r"."title" FROM "feature_requests" "r" WHERE "r"."partnership_id" = $1 AND "r"."duplicate_of_id" IS NULL ORDER BY "r"."interest_count" DESC, "r"."id" DESC LIMIT 26`,
    [largest.id],
  );
}

// ---------------------------------------------------------------- main

(async () => {
  buildServerIfNeeded();
  const { startEmbeddedPostgres } = require(
    at('server', 'dist', 'server', 'src', 'common', 'database', 'embedded-postgres.js'),
  );
  const { workflowTemplates } = require(
    at('server', 'dist', 'server', 'src', 'feature-requests', 'workflow-templates.js'),
  );
  const { Client } = require('pg');

  const pgDir = mkdtempSync(path.join(tmpdir(), 'allmende-bench-requests-'));
  let database;
  let db;
  let app;
  let failed = false;
  try {
    // pg_stat_statements needs to be preloaded: set it, then start the server again.
    database = await startEmbeddedPostgres({ dataDir: pgDir, database: 'allmende', persistent: true });
    db = new Client({ connectionString: database.url });
    await db.connect();
    await db.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await db.end();
    await database.stop();
    database = await startEmbeddedPostgres({ dataDir: pgDir, database: 'allmende', persistent: true });
    db = new Client({ connectionString: database.url });
    await db.connect();
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');

    app = await startApp(database.url, pgDir); // applies the migrations
    const partnerships = await generate(db, workflowTemplates);
    const token = randomBytes(32).toString('base64url');
    const adminId = randomUUID();
    await db.query(
      `INSERT INTO users (id, email, display_name, is_platform_admin) VALUES ($1, 'admin@bench.example', 'Bench Admin', true)`,
      [adminId],
    );
    await db.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      createHash('sha256').update(token, 'utf8').digest('hex'),
      adminId,
    ]);
    const cookie = `${SESSION_COOKIE}=${token}`;

    const { sample, largest } = await measureAll(app, db, cookie, partnerships, 'run 1');
    await measureAll(app, db, cookie, partnerships, 'run 2');
    await explain(db, sample, largest);
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.stack : error);
  } finally {
    await db?.end().catch(() => undefined);
    await stopApp(app);
    if (app?.log.length) {
      console.log(`\nthe app logged ${app.log.length} line(s) at warn or above; first ones:`);
      for (const line of app.log.slice(0, 8)) console.log(`  ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`);
    }
    await database?.stop().catch(() => undefined);
    rmSync(pgDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
