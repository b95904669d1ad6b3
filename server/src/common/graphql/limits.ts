import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 1000;

/** Refuses operations nested deeper than MAX_DEPTH (a validation rule, so nothing runs). */
export const depthRule = depthLimit(MAX_DEPTH);

/** Refuses operations that would resolve more than MAX_COMPLEXITY fields, before any resolver runs. */
export const complexityPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch {
          // Invalid variables: the execution that follows reports them with their own, clearer error.
          return;
        }
        if (complexity > MAX_COMPLEXITY) {
          throw new GraphQLError(
            `The query is too complex: ${complexity} fields, at most ${MAX_COMPLEXITY} are allowed; ask for fewer fields or split it`,
            {
              extensions: { code: 'BAD_USER_INPUT' },
            },
          );
        }
      },
    };
  },
};
