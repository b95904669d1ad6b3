import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { msg } from '../i18n/messages';
import { AppError } from './app-error';
import { limitMessageOf } from './limits';
import { literalPath, literalPrefix } from './literal-paths';
import { explainEnumError } from './register-enum';

/** The AppError a formatted error came from, for rendering it again in the reader's language. */
export const appErrorOf = Symbol('appError');
export type LocalisableError = GraphQLFormattedError & { [appErrorOf]?: AppError };

/** An AppError as a GraphQL error, in the default language; the reader's language plugin renders it again. */
function localisable(error: AppError, formatted: GraphQLFormattedError, code: string): LocalisableError {
  const { message, details } = error.localised();
  const answer: LocalisableError = {
    message,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code, messageKey: error.messageRef.key, params: error.messageRef.params, ...details },
  };
  // Not serialised: a symbol-keyed property stays on the server.
  Object.defineProperty(answer, appErrorOf, { value: error, enumerable: false });
  return answer;
}

/** The AppError beneath a value a scalar refused: graphql-js wraps the scalar's error once or twice. */
function appErrorBeneath(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Where graphql-js says a variable's value was refused: 'Variable "$i" got … at "i.receivedOn"; …' → i.receivedOn. */
function variablePath(message: string): string | undefined {
  const match = /^Variable "\$(\w+)" got invalid value [^]*? at "([^"]+)"; Expected /.exec(message);
  return match ? match[2] : /^Variable "\$(\w+)" got invalid value/.exec(message)?.[1];
}

/** Codes that Apollo and graphql-js themselves produce for malformed requests. */
const passThroughCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The single place where errors become GraphQL errors: AppError -> its code; errors raised by
 * Apollo/graphql-js for a malformed request keep theirs; anything else is an internal error whose
 * message and stack stay in the log (and in the response only in development).
 */
export function createErrorFormatter(options: {
  development: boolean;
  hideSchemaDetails?: boolean;
  log: (error: unknown) => void;
}) {
  // Apollo's hideSchemaDetailsFromClientErrors covers validation; variables are coerced after it.
  const withoutSuggestions = (message: string) =>
    options.hideSchemaDetails ? message.replace(/ ?Did you mean(.+?)\?$/, '') : message;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) return localisable(original, formatted, original.code);
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && passThroughCodes.has(code) && original === error) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      const nodes = error instanceof GraphQLError ? error.nodes : undefined;
      // A request limit (limits.ts): its own message, in the reader's language, keeping the code it came with.
      const limit = limitMessageOf(formatted.message, code, error);
      if (limit) return localisable(new AppError('BAD_USER_INPUT', limit), formatted, code);
      const beneath = appErrorBeneath(error);
      const where = beneath && (literalPath(nodes) ?? variablePath(formatted.message));
      if (beneath && where) {
        // A value a scalar refused (scalars.ts): told in the reader's language, naming where it was given.
        const refusal = new AppError('BAD_USER_INPUT', msg('input.valueAt', { where, problem: beneath.messageRef }), {
          fields: { [where]: [beneath.messageRef] },
        });
        return localisable(refusal, formatted, code);
      }
      const message = explainEnumError(withoutSuggestions(formatted.message));
      return {
        ...formatted,
        message: literalPrefix(nodes) + message,
        extensions: options.development ? formatted.extensions : extensions,
      };
    }
    options.log(original);
    return {
      message: options.development && original instanceof Error ? original.message : 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(options.development && original instanceof Error ? { stacktrace: original.stack?.split('\n') } : {}),
      },
    };
  };
}
