import type { ApolloServerPlugin } from '@apollo/server';
import { ASTVisitor, DocumentNode, GraphQLError, Kind, ValidationRule, visit } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 1000;

const depthLimitRule = depthLimit(MAX_DEPTH);

/**
 * Refuses operations nested deeper than MAX_DEPTH (a validation rule, so nothing runs). A fragment
 * cycle would make graphql-depth-limit recurse until the stack overflows (a 500); the standard
 * NoFragmentCyclesRule reports the cycle itself, so the depth check is left out for such a document.
 */
export const depthRule: ValidationRule = (context) =>
  hasFragmentCycle(context.getDocument()) ? {} : (depthLimitRule(context) as ASTVisitor);

function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) });
    spreads.set(definition.name.value, names);
  }
  const done = new Set<string>();
  const reachesItself = (name: string, path: Set<string>): boolean => {
    if (path.has(name)) return true;
    if (done.has(name)) return false;
    path.add(name);
    const cyclic = (spreads.get(name) ?? []).some((next) => reachesItself(next, path));
    path.delete(name);
    done.add(name);
    return cyclic;
  };
  return [...spreads.keys()].some((name) => reachesItself(name, new Set()));
}

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
