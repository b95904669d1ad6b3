/**
 * Module boundaries, checked in `npm run lint` (dependency-cruiser). The layout tells the architecture
 * (docs/architecture.md); these rules keep it true. A type-only import counts as well: it couples the modules
 * just the same, even though the compiler erases it.
 */

/** The pure rules: data in, data out, no I/O (STYLE.md, Server 3). Their specs sit beside them and may use anything. */
const PURE_RULES = [
  '^server/src/votes/(tally|decision-rule|decision-outcome)\\.ts$',
  '^server/src/feature-requests/(workflow|workflow-templates|request-rules)\\.ts$',
  '^server/src/finance/(ledger/ledger|agreements/allocate|fees/fees|fund/fund-rules)\\.ts$',
  '^server/src/audit/audit-chain\\.ts$',
  '^server/src/common/auth/permissions\\.ts$',
  '^server/src/common/portal/delivery\\.ts$',
  '^server/src/committees/(session-quorum|committee-templates|agenda-visibility)\\.ts$',
  '^server/src/memberships/membership-dates\\.ts$',
  '^server/src/common/civil-date\\.ts$',
  '^server/src/legal-pages/(legal-templates|operator-facts|placeholders|templates/[a-z-]+)\\.ts$',
  // Not votes/rule-choice.ts: it turns a GraphQL input (decision-rule.types, Nest-decorated) into a rule and throws
  // AppError, so it is an adapter at the edge of the rules, not one of them.
];

/** The spine every domain builds on: who takes part, and who may do what. */
const SPINE = '^server/src/(partnerships|organisations|memberships|people|users|auth)/';

module.exports = {
  forbidden: [
    {
      name: 'pure-rules-stay-pure',
      comment:
        'A pure rule file reaches nothing of Nest, TypeORM or pg, not even through another file: it is tested exhaustively ' +
        'without an app or a database. Move whatever pulls them in to a service, or the shared part into a pure file.',
      severity: 'error',
      from: { path: PURE_RULES },
      to: { path: '^node_modules/(@nestjs/|typeorm/|pg/|pg-)', reachable: true },
    },
    {
      name: 'common-imports-no-domain',
      comment:
        'server/src/common is domain-free infrastructure (auth guards, GraphQL errors and scalars, database, money): it ' +
        'imports nothing else from server/src, neither a domain folder nor the composition roots at the top.',
      severity: 'error',
      from: { path: '^server/src/common/' },
      to: { path: '^server/src/', pathNot: '^server/src/common/' },
    },
    {
      name: 'spine-imports-no-processes',
      comment:
        'Partnerships, organisations, memberships, people, users and auth are the spine the processes build on. They do ' +
        'not know the processes (votes, committees, feature requests, finance, applications); a process that must react ' +
        'to the spine registers a hook with it, or the composition root wires them.',
      severity: 'error',
      from: { path: SPINE },
      to: { path: '^server/src/(votes|committees|feature-requests|finance|applications)/' },
    },
    {
      name: 'votes-import-no-finance',
      comment: 'Votes decide any question; finance asks them (fund allocations). Votes never know about money.',
      severity: 'error',
      from: { path: '^server/src/votes/' },
      to: { path: '^server/src/finance/' },
    },
    {
      name: 'web-imports-no-server',
      comment:
        'The portal talks to the server only through the GraphQL API: its types come from the generated code ' +
        '(web/src/generated), never from server/ itself.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one in all but name and breaks loading order; split the shared part out.',
      severity: 'error',
      from: { path: '^(server|web|seeds)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(server|web)/(dist|coverage)/' },
    moduleSystems: ['es6', 'cjs'],
    // See type-only imports too (see the top); the server's tsconfig serves the web as well, neither has path aliases.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: require('node:path').join(__dirname, 'server/tsconfig.json') },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
