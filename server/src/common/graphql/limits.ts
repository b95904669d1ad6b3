import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  Kind,
  parse,
  ParseOptions,
  SelectionSetNode,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

// What one GraphQL request may ask for. The portal's largest operation has 235 tokens, 6 levels and some 60 fields;
// each limit leaves it ample room and refuses before any resolver runs, with an error that names the limit.

/** Lexical tokens in the document (graphql-js's own parser limit): bounds every later step's work. */
export const MAX_TOKENS = 10_000;
/** Levels of nested fields: `{ me { id } }` has 2. Introspection fields do not count. */
export const MAX_DEPTH = 10;
/** Fields resolved, each alias and each use of a fragment counted (graphql-query-complexity). */
export const MAX_COMPLEXITY = 1000;
/** Selections graphql-query-complexity walks before giving up (its own default, stated here). */
export const MAX_SELECTIONS = 10_000;

export const parseOptions: ParseOptions = { maxTokens: MAX_TOKENS };

/** A refused request is the client's: 400, never the 500 Apollo gives an error raised in a plugin. */
const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/**
 * Refuses operations whose fields nest deeper than MAX_DEPTH (a validation rule, so nothing runs), naming the depth.
 * Each fragment is measured once: a document spreading a fragment twice at each of 30 levels would otherwise take
 * 2^30 steps (graphql-depth-limit, used before, did). A fragment cycle counts as nothing here; NoFragmentCyclesRule
 * reports it.
 */
export const depthRule: ValidationRule = (context) => {
  const measured = new Map<string, number>();
  const measuring = new Set<string>();
  const fragmentDepth = (name: string): number => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = context.getFragment(name);
    if (!fragment || measuring.has(name)) return 0;
    measuring.add(name);
    const depth = depthOf(fragment.selectionSet);
    measuring.delete(name);
    measured.set(name, depth);
    return depth;
  };
  const depthOf = (selectionSet: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      let depth = 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        depth = 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = depthOf(selection.selectionSet);
      } else {
        depth = fragmentDepth(selection.name.value);
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  };
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet);
      if (depth > MAX_DEPTH)
        context.reportError(
          new GraphQLError(
            `Query depth ${depth} exceeds the limit of ${MAX_DEPTH} levels of nested fields; ask for less nested data or split the query`,
            { nodes: operation },
          ),
        );
    },
  };
};

/** Refuses operations that would resolve more than MAX_COMPLEXITY fields, before any resolver runs. */
export const complexityPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema, operation }) {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            maxQueryNodes: MAX_SELECTIONS,
          });
        } catch {
          // Invalid variables: the execution that follows reports them with its own, clearer error.
          const variables = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) return;
          // Otherwise the library gave up counting: more selections than MAX_SELECTIONS, far beyond the limit.
          throw tooComplex(
            `The query is too complex: more than ${MAX_SELECTIONS} selections (each use of a fragment counts), at most ` +
              `${MAX_COMPLEXITY} fields are allowed; ask for fewer fields or split it`,
          );
        }
        if (complexity > MAX_COMPLEXITY) {
          throw tooComplex(
            `The query is too complex: ${complexity} fields, at most ${MAX_COMPLEXITY} are allowed; ask for fewer fields or split it`,
          );
        }
      },
    };
  },
};

/**
 * The same limits for live subscriptions, as graphql-ws's `onSubscribe` (graphql-ws parses and validates by itself,
 * without Apollo's options and plugins): the token limit, the depth rule and the field count. Returns the errors
 * that refuse the subscription, or nothing to let graphql-ws go on.
 */
export function checkSubscription(
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
): GraphQLError[] | undefined {
  let document: DocumentNode;
  try {
    document = parse(payload.query, parseOptions);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [new GraphQLError(explainLimit(message, 'GRAPHQL_PARSE_FAILED', error))];
  }
  const errors = validate(schema, document, [...specifiedRules, depthRule]);
  if (errors.length > 0)
    return errors.map((e) => new GraphQLError(explainLimit(e.message, 'GRAPHQL_VALIDATION_FAILED', e)));
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      operationName: payload.operationName ?? undefined,
      query: document,
      variables: payload.variables ?? {},
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      maxQueryNodes: MAX_SELECTIONS,
    });
  } catch {
    // Bad variables: graphql-ws reports them itself. Otherwise the count gave up: far beyond the limit.
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const variables = getVariableValues(
      schema,
      operation && operation.kind === Kind.OPERATION_DEFINITION ? (operation.variableDefinitions ?? []) : [],
      payload.variables ?? {},
    );
    if (variables.errors) return undefined;
    return [
      tooComplex(
        `The subscription is too complex: more than ${MAX_SELECTIONS} selections, at most ${MAX_COMPLEXITY} fields are allowed`,
      ),
    ];
  }
  if (complexity > MAX_COMPLEXITY)
    return [
      tooComplex(
        `The subscription is too complex: ${complexity} fields, at most ${MAX_COMPLEXITY} are allowed; ask for fewer fields`,
      ),
    ];
  return undefined;
}

/**
 * Messages of the limits graphql-js applies, for people: the token limit's own message has a typo ("more that"),
 * its parser runs out of stack on a document nested some thousands of levels deep (within MAX_TOKENS), and its
 * check of fields that must merge gives up on a document repeating hundreds of the same field. All answer 400.
 */
export function explainLimit(message: string, code: string, error: unknown): string {
  if (code === 'GRAPHQL_PARSE_FAILED' && /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(message))
    return `The query is too long: at most ${MAX_TOKENS} tokens (names, values, punctuation) are allowed; ask for fewer fields or split it`;
  if (code === 'GRAPHQL_PARSE_FAILED' && causedByStackOverflow(error))
    return `The query is nested too deeply to be read; at most ${MAX_DEPTH} levels of nested fields are allowed`;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && message === 'Validation aborted.')
    return 'The query repeats too many fields or fragments to be checked; ask for fewer fields or split it';
  return message;
}

function causedByStackOverflow(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = (cause as { originalError?: unknown }).originalError)
    if (cause instanceof RangeError) return true;
  return false;
}
