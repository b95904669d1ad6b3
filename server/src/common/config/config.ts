import * as path from 'node:path';
import { bool, cleanEnv, email, host, makeValidator, port, str, url, EnvError, EnvMissingError } from 'envalid';

/** The repository root, found from this file in server/src/… (sources, ts-jest) or server/dist/server/src/… (built). */
export const repoRoot = findRepoRoot(__dirname);

function findRepoRoot(start: string): string {
  // Works from the TypeScript sources (ts-jest) and from the compiled output in server/dist.
  const marker = `${path.sep}server${path.sep}`;
  const index =
    start.lastIndexOf(`${marker}dist${path.sep}`) >= 0
      ? start.lastIndexOf(`${marker}dist${path.sep}`)
      : start.lastIndexOf(marker);
  return index >= 0 ? start.slice(0, index) : process.cwd();
}

const databaseUrl = makeValidator<string>((value) => {
  if (!/^postgres(ql)?:\/\//.test(value) || !URL.canParse(value))
    throw new Error('expected a postgres:// or postgresql:// URL');
  return value;
});

const smtpUrl = makeValidator<string>((value) => {
  if (!/^smtps?:\/\//.test(value)) throw new Error('expected an smtp:// or smtps:// URL');
  return value;
});

/** Variables whose values never appear in a message. */
const SECRETS = new Set(['BALLOT_KEY', 'OIDC_CLIENT_SECRET', 'DATABASE_URL', 'MIGRATION_DATABASE_URL']);

const ballotKey = makeValidator<Buffer>((value) => {
  const key = Buffer.from(value, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || key.length !== 32)
    throw new Error('expected 32 random bytes in base64 (44 characters), e.g. from `openssl rand -base64 32`');
  return key;
});

const positiveInt = makeValidator<number>((value) => {
  if (!/^[1-9][0-9]{0,5}$/.test(value)) throw new Error('expected a whole number from 1 to 999999');
  return Number(value);
});

export interface AppConfig {
  /** Error details (messages of unexpected errors, stack traces) reach clients only in development. */
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** The address to listen on; unset: every interface. */
  host: string | undefined;
  /** Introspection and "Did you mean …" suggestions in GraphQL errors; off unless in development or enabled. */
  graphqlIntrospection: boolean;
  /** Unset: an embedded PostgreSQL is started under `embeddedDataDir`. */
  databaseUrl: string | undefined;
  /**
   * The schema owner's URL, with which migrations run (at start and in `npm run db:*`) and the app role (the one in
   * `databaseUrl`) is granted its rights. Unset with `databaseUrl`: that one role migrates too.
   */
  migrationDatabaseUrl: string | undefined;
  embeddedDataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedDemo: boolean;
  publicUrl: string | undefined;
  /** nodemailer transport URL; unset: mails go to the log and the outbox only. */
  smtpUrl: string | undefined;
  mailFrom: string;
  invitationTtlDays: number;
  /** Sign-in and password-reset attempts allowed per account and per address in 15 minutes. */
  authRateLimitPerAccount: number;
  authRateLimitPerAddress: number;
  /** Express's "trust proxy": which proxies' X-Forwarded-* headers count (client address, HTTPS). */
  trustProxy: string;
  /** Sign-in through the organisation's OpenID Connect provider (e.g. Keycloak); all three or none. */
  oidc: { issuer: string; clientId: string; clientSecret: string } | null;
  /** How often each instance looks for votes past their deadline and ballots not yet audited. */
  voteJobIntervalMs: number;
  /**
   * The key secret ballots are sealed with: `BALLOT_KEY` (32 bytes, base64) or else the file `ballotKeyFile`,
   * created on first use. Never stored in the database; every instance needs the same one.
   */
  ballotKey: Buffer | undefined;
  ballotKeyFile: string;
}

export class ConfigError extends Error {}

/** The address people reach the portal at, for links in mails and OpenID Connect redirects. */
export function publicUrlOf(config: Pick<AppConfig, 'publicUrl' | 'port'> & Partial<Pick<AppConfig, 'host'>>): string {
  const host =
    !config.host || config.host === '0.0.0.0' || config.host === '::'
      ? 'localhost'
      : config.host.includes(':')
        ? `[${config.host}]`
        : config.host;
  return (config.publicUrl ?? `http://${host}:${config.port}`).replace(/\/$/, '');
}

/**
 * Reads and validates the environment once. A bad value throws a ConfigError whose message is one
 * line per variable: the name, the value given and what is allowed.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  // An empty variable (`DATABASE_URL=` in a compose file or a shell) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const cleaned = cleanEnv(
    given,
    {
      // Production unless said otherwise: details of internal errors only where a developer asked for them.
      NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'production' }),
      PORT: port({ default: 3000, desc: 'an integer between 1 and 65535' }),
      HOST: host({ default: undefined }),
      GRAPHQL_INTROSPECTION: bool({ default: undefined }),
      DATABASE_URL: databaseUrl({ default: undefined }),
      MIGRATION_DATABASE_URL: databaseUrl({ default: undefined }),
      EMBEDDED_PG_DIR: str({ default: path.join(repoRoot, '.data', 'postgres') }),
      LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
      SEED_DEMO: bool({ default: true }),
      PUBLIC_URL: url({ default: undefined }),
      SMTP_URL: smtpUrl({ default: undefined }),
      MAIL_FROM: email({ default: 'allmende@localhost' }),
      INVITATION_TTL_DAYS: positiveInt({ default: 7 }),
      AUTH_RATE_LIMIT_PER_ACCOUNT: positiveInt({ default: 10 }),
      AUTH_RATE_LIMIT_PER_ADDRESS: positiveInt({ default: 100 }),
      TRUST_PROXY: str({ default: 'loopback' }),
      OIDC_ISSUER: url({ default: undefined }),
      OIDC_CLIENT_ID: str({ default: undefined }),
      OIDC_CLIENT_SECRET: str({ default: undefined }),
      VOTE_JOB_INTERVAL_MS: positiveInt({ default: 2000 }),
      BALLOT_KEY: ballotKey({ default: undefined }),
      BALLOT_KEY_FILE: str({ default: undefined }),
    },
    {
      reporter: ({ errors }) => {
        for (const [name, error] of Object.entries(errors)) {
          if (!error) continue;
          if (error instanceof EnvMissingError) problems.push(`${name} is required`);
          else if (SECRETS.has(name)) problems.push(`${name} is invalid: ${describe(name, error)}`);
          else problems.push(`${name}=${JSON.stringify(env[name] ?? '')} is invalid: ${describe(name, error)}`);
        }
      },
    },
  );
  const oidcVariables = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
  const oidcGiven = oidcVariables.filter((name) => given[name] !== undefined);
  if (oidcGiven.length > 0 && oidcGiven.length < 3) {
    const missing = oidcVariables.filter((name) => !oidcGiven.includes(name));
    problems.push(
      `${missing.join(', ')} missing: OpenID Connect sign-in needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together`,
    );
  }
  // With an external database the default key file would sit in the app's own (often throw-away) file system:
  // losing it makes the open secret votes uncountable, so production names its key.
  if (
    problems.length === 0 &&
    cleaned.NODE_ENV === 'production' &&
    cleaned.DATABASE_URL &&
    given.BALLOT_KEY === undefined &&
    given.BALLOT_KEY_FILE === undefined
  )
    problems.push(
      'BALLOT_KEY or BALLOT_KEY_FILE is required with DATABASE_URL in production: secret ballots are sealed with this key, which must not be lost and must be the same on every instance (BALLOT_KEY: 32 random bytes in base64, e.g. from `openssl rand -base64 32`; BALLOT_KEY_FILE: a file holding them, created if missing)',
    );
  if (problems.length === 0)
    problems.push(...migrationUrlProblems(cleaned.DATABASE_URL, cleaned.MIGRATION_DATABASE_URL));
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  const embeddedDataDir = path.resolve(cleaned.EMBEDDED_PG_DIR);
  return {
    nodeEnv: cleaned.NODE_ENV as AppConfig['nodeEnv'],
    port: cleaned.PORT,
    host: cleaned.HOST,
    graphqlIntrospection: cleaned.GRAPHQL_INTROSPECTION ?? cleaned.NODE_ENV === 'development',
    databaseUrl: cleaned.DATABASE_URL,
    migrationDatabaseUrl: cleaned.MIGRATION_DATABASE_URL,
    embeddedDataDir,
    logLevel: cleaned.LOG_LEVEL as AppConfig['logLevel'],
    seedDemo: cleaned.SEED_DEMO,
    publicUrl: cleaned.PUBLIC_URL,
    smtpUrl: cleaned.SMTP_URL,
    mailFrom: cleaned.MAIL_FROM,
    invitationTtlDays: cleaned.INVITATION_TTL_DAYS,
    authRateLimitPerAccount: cleaned.AUTH_RATE_LIMIT_PER_ACCOUNT,
    authRateLimitPerAddress: cleaned.AUTH_RATE_LIMIT_PER_ADDRESS,
    trustProxy: cleaned.TRUST_PROXY,
    voteJobIntervalMs: cleaned.VOTE_JOB_INTERVAL_MS,
    ballotKey: cleaned.BALLOT_KEY,
    // Beside the embedded cluster (`<EMBEDDED_PG_DIR>/cluster`), not in it: a copy of the database files does not
    // carry the key.
    ballotKeyFile: path.resolve(cleaned.BALLOT_KEY_FILE ?? path.join(embeddedDataDir, 'ballot.key')),
    oidc:
      cleaned.OIDC_ISSUER && cleaned.OIDC_CLIENT_ID && cleaned.OIDC_CLIENT_SECRET
        ? { issuer: cleaned.OIDC_ISSUER, clientId: cleaned.OIDC_CLIENT_ID, clientSecret: cleaned.OIDC_CLIENT_SECRET }
        : null,
  };
}

/**
 * MIGRATION_DATABASE_URL names the owner, DATABASE_URL the app role: two roles on one database. The URLs hold
 * passwords, so no message repeats them.
 */
function migrationUrlProblems(app: string | undefined, migration: string | undefined): string[] {
  if (!migration) return [];
  if (!app)
    return [
      'MIGRATION_DATABASE_URL is set without DATABASE_URL: it names the schema owner of the database in DATABASE_URL (without DATABASE_URL the embedded PostgreSQL creates its owner and app roles itself)',
    ];
  const [appUrl, ownerUrl] = [new URL(app), new URL(migration)];
  if (!appUrl.username || !ownerUrl.username)
    return [
      `${appUrl.username ? 'MIGRATION_DATABASE_URL' : 'DATABASE_URL'} must name its role (postgres://role:password@host/database) when both are set: DATABASE_URL's role is granted the rights the app needs by MIGRATION_DATABASE_URL's`,
    ];
  if (appUrl.pathname !== ownerUrl.pathname)
    return [
      `MIGRATION_DATABASE_URL and DATABASE_URL must name the same database, got ${JSON.stringify(ownerUrl.pathname.slice(1))} and ${JSON.stringify(appUrl.pathname.slice(1))}`,
    ];
  if (decodeURIComponent(appUrl.username) === decodeURIComponent(ownerUrl.username))
    return [
      `MIGRATION_DATABASE_URL and DATABASE_URL name the same role ${JSON.stringify(decodeURIComponent(appUrl.username))}: DATABASE_URL is the app's role, which must not own the schema, MIGRATION_DATABASE_URL the owner's (or leave MIGRATION_DATABASE_URL unset to run with one role)`,
    ];
  return [];
}

const allowed: Record<string, string> = {
  PORT: 'expected an integer port between 1 and 65535',
  SEED_DEMO: 'expected true or false',
  GRAPHQL_INTROSPECTION: 'expected true or false',
  HOST: 'expected an IP address or host name to listen on, such as 127.0.0.1 or ::',
  PUBLIC_URL: 'expected an absolute URL such as https://allmende.example.org',
  OIDC_ISSUER: 'expected the issuer URL of the OpenID Connect provider, e.g. https://login.example.org/realms/stadt',
  MAIL_FROM: 'expected an e-mail address',
};

function describe(name: string, error: Error): string {
  if (allowed[name]) return allowed[name];
  if (error instanceof EnvError || error instanceof Error)
    return error.message.replace(/^Invalid value for env var "[^"]+"?:?\s*/, '');
  return String(error);
}
