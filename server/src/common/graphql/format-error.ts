import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from './app-error';
import { explainLimit } from './limits';
import { literalPrefix } from './literal-paths';
import { explainEnumError } from './register-enum';

/** The AppError a formatted error came from, for rendering it again in the reader's language. */
export const appErrorOf = Symbol('appError');
export type LocalisableError = GraphQLFormattedError & { [appErrorOf]?: AppError };

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
    if (original instanceof AppError) {
      // In the default language here; the reader's language plugin renders it again for the request's reader.
      const { message, details } = original.localised();
      const answer: LocalisableError = {
        message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: original.code,
          ...(original.messageRef ? { messageKey: original.messageRef.key, params: original.messageRef.params } : {}),
          ...details,
        },
      };
      // Not serialised: a symbol-keyed property stays on the server.
      Object.defineProperty(answer, appErrorOf, { value: original, enumerable: false });
      return answer;
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && passThroughCodes.has(code) && original === error) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      const nodes = error instanceof GraphQLError ? error.nodes : undefined;
      const message = explainEnumError(withoutSuggestions(explainLimit(formatted.message, code, error)));
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
