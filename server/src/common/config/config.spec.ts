import { ConfigError, loadConfig, publicUrlOf } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database and demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, seedDemo: true, logLevel: 'info' });
    expect(config.embeddedDataDir).toMatch(/\.data[/\\]postgres$/);
  });

  it('runs as production, on every interface and without introspection unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ nodeEnv: 'production', host: undefined, graphqlIntrospection: false });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      nodeEnv: 'development',
      graphqlIntrospection: true,
    });
    expect(loadConfig({ NODE_ENV: 'development', GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
  });

  it('prints and links the listen address when no public address is set', () => {
    expect(publicUrlOf({ port: 3000, publicUrl: undefined })).toBe('http://localhost:3000');
    expect(publicUrlOf({ port: 3000, publicUrl: undefined, host: '0.0.0.0' })).toBe('http://localhost:3000');
    expect(publicUrlOf({ port: 8080, publicUrl: undefined, host: '127.0.0.1' })).toBe('http://127.0.0.1:8080');
    expect(publicUrlOf({ port: 8080, publicUrl: undefined, host: '::1' })).toBe('http://[::1]:8080');
    expect(publicUrlOf({ port: 8080, publicUrl: 'https://allmende.example.org/', host: '127.0.0.1' })).toBe(
      'https://allmende.example.org',
    );
  });

  it('takes PORT and DATABASE_URL from the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/allmende',
      BALLOT_KEY_FILE: '/run/secrets/ballot.key',
    });
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/allmende');
  });

  it('keeps the ballot key beside the embedded data directory, never in it, unless one is given', () => {
    const config = loadConfig({ EMBEDDED_PG_DIR: '/srv/allmende/postgres' });
    expect(config.ballotKeyFile).toBe('/srv/allmende/postgres/ballot.key');
    expect(config.ballotKey).toBeUndefined();
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({ BALLOT_KEY: key.toString('base64') }).ballotKey).toEqual(key);
    expect(loadConfig({ BALLOT_KEY_FILE: '/run/secrets/ballot.key' }).ballotKeyFile).toBe('/run/secrets/ballot.key');
  });

  it('requires a named ballot key with an external database in production, and never prints a bad one', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/allmende' })).toThrow(
      'BALLOT_KEY or BALLOT_KEY_FILE is required with DATABASE_URL in production',
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://u:p@db:5432/allmende' }),
    ).not.toThrow();
    const short = Buffer.alloc(16, 1).toString('base64');
    expect(() => loadConfig({ BALLOT_KEY: short })).toThrow(
      'BALLOT_KEY is invalid: expected 32 random bytes in base64 (44 characters)',
    );
    expect(() => loadConfig({ BALLOT_KEY: short })).not.toThrow(short);
  });

  it('takes the owner’s MIGRATION_DATABASE_URL beside the app role’s DATABASE_URL, and never prints it', () => {
    const dev = { NODE_ENV: 'development' };
    const app = 'postgres://allmende_app:a@db:5432/allmende';
    const owner = 'postgres://allmende_owner:geheim@db:5432/allmende';
    expect(loadConfig({ ...dev, DATABASE_URL: app, MIGRATION_DATABASE_URL: owner })).toMatchObject({
      databaseUrl: app,
      migrationDatabaseUrl: owner,
    });
    expect(loadConfig({ ...dev, DATABASE_URL: app }).migrationDatabaseUrl).toBeUndefined();
    const refused: [Record<string, string>, string][] = [
      [{ MIGRATION_DATABASE_URL: owner }, 'MIGRATION_DATABASE_URL is set without DATABASE_URL'],
      [{ DATABASE_URL: owner, MIGRATION_DATABASE_URL: owner }, 'name the same role "allmende_owner"'],
      [{ DATABASE_URL: 'postgres://db/allmende', MIGRATION_DATABASE_URL: owner }, 'DATABASE_URL must name its role'],
      [
        { DATABASE_URL: 'postgres://allmende_app:a@db/andere', MIGRATION_DATABASE_URL: owner },
        'must name the same database, got "allmende" and "andere"',
      ],
      [{ DATABASE_URL: app, MIGRATION_DATABASE_URL: 'mysql://root:geheim@db' }, 'MIGRATION_DATABASE_URL is invalid'],
    ];
    for (const [env, message] of refused) {
      expect(() => loadConfig({ ...dev, ...env })).toThrow(message);
      expect(() => loadConfig({ ...dev, ...env })).not.toThrow('geheim');
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc" is invalid: expected an integer port between 1 and 65535'],
    [{ PORT: '70000' }, 'PORT="70000" is invalid: expected an integer port between 1 and 65535'],
    [{ DATABASE_URL: 'mysql://u:secret@x' }, 'DATABASE_URL is invalid: expected a postgres:// or postgresql:// URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud" is invalid'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO="maybe" is invalid: expected true or false'],
    [
      { HOST: 'not a host' },
      'HOST="not a host" is invalid: expected an IP address or host name to listen on, such as 127.0.0.1 or ::',
    ],
    [{ GRAPHQL_INTROSPECTION: 'sometimes' }, 'GRAPHQL_INTROSPECTION="sometimes" is invalid: expected true or false'],
  ])('refuses %p with one line naming the variable, the value and what is allowed', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).toContain(message);
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('takes OpenID Connect only with issuer, client id and secret together', () => {
    expect(loadConfig({}).oidc).toBeNull();
    expect(
      loadConfig({
        OIDC_ISSUER: 'https://login.example.org/realms/stadt',
        OIDC_CLIENT_ID: 'allmende',
        OIDC_CLIENT_SECRET: 's',
      }).oidc,
    ).toEqual({
      issuer: 'https://login.example.org/realms/stadt',
      clientId: 'allmende',
      clientSecret: 's',
    });
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example.org' })).toThrow(
      'OIDC_CLIENT_ID, OIDC_CLIENT_SECRET missing: OpenID Connect sign-in needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together',
    );
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT="x".*LOG_LEVEL="y"|LOG_LEVEL="y".*PORT="x"/);
  });
});
