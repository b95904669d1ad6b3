export const TEMPLATE_DATABASE = 'allmende_test_template';

/** The roles of the tests' databases: as `npm start`'s, but apart from them on a shared TEST_DATABASE_URL server. */
export const TEST_ROLES = { owner: 'allmende_test_owner', app: 'allmende_test_app' } as const;

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
