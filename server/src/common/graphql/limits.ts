import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getVariableValues,
  GraphQLError,
  GraphQLErrorOptions,
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
import { type MessageLanguage, type MessageRef, msg, render } from '../i18n/messages';

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

/** The message of each refusal below, for the error formatter to send as key and parameters in the reader's language. */
const refusals = new WeakMap<GraphQLError, MessageRef>();

/** A refusal of a limit: its text in English for logs, its message for readers (see `limitMessageOf`). */
function refusal(message: MessageRef, options: GraphQLErrorOptions, language: MessageLanguage = 'en'): GraphQLError {
  const error = new GraphQLError(render(message, language), options);
  refusals.set(error, message);
  return error;
}

/** A refused request is the client's: 400, never the 500 Apollo gives an error raised in a plugin. */
const tooComplex = (message: MessageRef, language?: MessageLanguage) =>
  refusal(
    message,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        http: { status: 400 },
        ...(language ? { messageKey: message.key, params: message.params } : {}),
      },
    },
    language,
  );

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
        context.reportError(refusal(msg('limits.depth', { depth, max: MAX_DEPTH }), { nodes: operation }));
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
          throw tooComplex(msg('limits.selections', { selections: MAX_SELECTIONS, max: MAX_COMPLEXITY }));
        }
        if (complexity > MAX_COMPLEXITY) {
          throw tooComplex(msg('limits.complexity', { complexity, max: MAX_COMPLEXITY }));
        }
      },
    };
  },
};

/**
 * The same limits for live subscriptions, as graphql-ws's `onSubscribe` (graphql-ws parses and validates by itself,
 * without Apollo's options and plugins): the token limit, the depth rule and the field count. Returns the errors
 * that refuse the subscription, in the subscriber's language (graphql-ws sends them past the error formatter), or
 * nothing to let graphql-ws go on.
 */
export function checkSubscription(
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  language: MessageLanguage,
): GraphQLError[] | undefined {
  /** A limit's message in the subscriber's language, with its key and parameters as over HTTP; others as they are. */
  const told = (message: string, code: string, error: unknown) => {
    const limit = limitMessageOf(message, code, error);
    return limit
      ? new GraphQLError(render(limit, language), {
          extensions: { code: 'BAD_USER_INPUT', messageKey: limit.key, params: limit.params },
        })
      : new GraphQLError(message);
  };
  let document: DocumentNode;
  try {
    document = parse(payload.query, parseOptions);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [told(message, 'GRAPHQL_PARSE_FAILED', error)];
  }
  const errors = validate(schema, document, [...specifiedRules, depthRule]);
  if (errors.length > 0) return errors.map((e) => told(e.message, 'GRAPHQL_VALIDATION_FAILED', e));
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
      tooComplex(msg('limits.subscriptionSelections', { selections: MAX_SELECTIONS, max: MAX_COMPLEXITY }), language),
    ];
  }
  if (complexity > MAX_COMPLEXITY)
    return [tooComplex(msg('limits.subscriptionComplexity', { complexity, max: MAX_COMPLEXITY }), language)];
  return undefined;
}

/**
 * The message of a refusal by a limit, for people, or undefined for any other error: the refusals above (Apollo
 * wraps a validation rule's error, so the chain of original errors is searched), and the limits graphql-js applies
 * itself: the token limit's own message has a typo ("more that"), its parser runs out of stack on a document nested
 * some thousands of levels deep (within MAX_TOKENS), and its check of fields that must merge gives up on a document
 * repeating hundreds of the same field. All answer 400.
 */
export function limitMessageOf(message: string, code: string, error: unknown): MessageRef | undefined {
  for (const cause of causes(error)) {
    const own = cause instanceof GraphQLError ? refusals.get(cause) : undefined;
    if (own) return own;
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(message))
    return msg('limits.tokens', { max: MAX_TOKENS });
  if (code === 'GRAPHQL_PARSE_FAILED' && causes(error).some((cause) => cause instanceof RangeError))
    return msg('limits.nestedTooDeeply', { max: MAX_DEPTH });
  if (code === 'GRAPHQL_VALIDATION_FAILED' && message === 'Validation aborted.') return msg('limits.validationAborted');
  return undefined;
}

/** The error and the errors it wraps, outermost first. */
function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  let cause = error;
  while (cause instanceof Error && chain.length < 8) {
    chain.push(cause);
    cause = (cause as { originalError?: unknown }).originalError;
  }
  return chain;
}
