import { CombinedGraphQLErrors } from '@apollo/client';

/** The codes the API puts into extensions.code. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/** Whether the API answered with this code (extensions.code) for any part of the request. */
export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((graphQLError) => graphQLError.extensions?.code === code);
}

/** Whether the API answered that the requested thing does not exist (extensions.code NOT_FOUND). */
export function isNotFound(error: unknown): boolean {
  return hasErrorCode(error, 'NOT_FOUND');
}

/** Whether the API wants the visitor to sign in first. */
export function isUnauthenticated(error: unknown): boolean {
  return hasErrorCode(error, 'UNAUTHENTICATED');
}

/** Whether the signed-in person lacks the permission. */
export function isForbidden(error: unknown): boolean {
  return hasErrorCode(error, 'FORBIDDEN');
}

/** Messages per form field, keyed by the input field's name ("email", "password" …). */
export type FieldMessages = Partial<Record<string, string[]>>;

/**
 * The API writes the messages it has not yet moved to its catalogue in English; the portal marks them so screen
 * readers pronounce them so. A message from the catalogue (extensions.messageKey) is in the language the portal
 * asked for (Accept-Language), so it needs no mark.
 */
export const serverMessageLanguage = 'en';

export interface Problem {
  /** What the server said, or the fallback when it could not be reached. */
  message: string;
  fields: FieldMessages;
  /** The language of `message` and `fields` when they are the server's words; undefined for the fallback. */
  lang?: string;
}

/**
 * Turns a failed request into what a form shows: the server's message above the form and its per-field
 * messages (extensions.fields) beside the fields. Field names may come qualified ("input.email"); the last
 * segment is the form's field. Without an answer from the server (network error), `fallback` explains.
 */
export function describeProblem(error: unknown, fallback: string): Problem {
  if (!CombinedGraphQLErrors.is(error)) return { message: fallback, fields: {} };
  const fields: FieldMessages = {};
  for (const graphQLError of error.errors) {
    const reported = graphQLError.extensions?.fields;
    if (!reported || typeof reported !== 'object') continue;
    for (const [name, messages] of Object.entries(reported as Record<string, unknown>)) {
      const field = name.split('.').pop() ?? name;
      const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
      fields[field] = [...(fields[field] ?? []), ...list];
    }
  }
  const message = error.errors.map((graphQLError) => graphQLError.message).join(' ');
  if (!message) return { message: fallback, fields };
  const localised = error.errors.every((graphQLError) => typeof graphQLError.extensions?.messageKey === 'string');
  return localised ? { message, fields } : { message, fields, lang: serverMessageLanguage };
}
