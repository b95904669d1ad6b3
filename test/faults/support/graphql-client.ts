/** GraphQL over plain HTTP to a server process: what a portal or script sends, nothing from inside the app. */

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface Api {
  port: number;
  /** One operation as the person behind `cookie` (null: signed out); the HTTP status beside the body. */
  post<T>(
    cookie: string | null,
    query: string,
    variables?: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<{ status: number; body: GraphQLBody<T> }>;
  /** An operation that must succeed: its data, or an error naming the operation and what was wrong. */
  ok<T>(cookie: string | null, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Signs in with a password and returns the session cookie ("allmende_session=…"). */
  signIn(email: string, password: string): Promise<string>;
}

export function apiOn(port: number): Api {
  const url = `http://127.0.0.1:${port}/graphql`;
  const send = (cookie: string | null, query: string, variables?: Record<string, unknown>, signal?: AbortSignal) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  const post: Api['post'] = async <T>(
    cookie: string | null,
    query: string,
    variables?: Record<string, unknown>,
    signal?: AbortSignal,
  ) => {
    const response = await send(cookie, query, variables, signal);
    return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
  };
  return {
    port,
    post,
    async ok(cookie, query, variables) {
      const { status, body } = await post<never>(cookie, query, variables);
      if (status !== 200 || !body.data || body.errors)
        throw new Error(`${query.trim().slice(0, 70)} answered ${status}: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async signIn(email, password) {
      const response = await send(
        null,
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        { e: email, p: password },
      );
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('allmende_session='));
      if (!cookie) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(await response.json())}`);
      return cookie.split(';')[0];
    },
  };
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of the results. */
export async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
