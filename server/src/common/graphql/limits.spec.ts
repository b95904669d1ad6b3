import { buildSchema, GraphQLError, Kind, OperationDefinitionNode, parse, validate, ValidationContext } from 'graphql';
import { render } from '../i18n/messages';
import { depthRule, limitMessageOf, MAX_DEPTH } from './limits';

const schema = buildSchema(`
  type Query { node: Node, name: String }
  type Node { child: Node, name: String }
`);
const errorsOf = (query: string) => validate(schema, parse(query), [depthRule]).map((error) => error.message);

describe('depthRule', () => {
  const chain = (levels: number) => `{ node { ${'child { '.repeat(levels - 2)}name${' }'.repeat(levels - 2)} } }`;

  it(`takes ${MAX_DEPTH} levels of fields and refuses one more, naming the depth and the limit`, () => {
    expect(errorsOf(chain(MAX_DEPTH))).toEqual([]);
    expect(errorsOf(chain(MAX_DEPTH + 1))).toEqual([
      `Query depth ${MAX_DEPTH + 1} exceeds the limit of ${MAX_DEPTH} levels of nested fields; ask for less nested data or split the query`,
    ]);
  });

  it('counts the fields inside fragments and inline fragments where they are spread', () => {
    const query = `{ node { ...A } } fragment A on Node { child { ... on Node { ${'child { '.repeat(MAX_DEPTH - 2)}name${' }'.repeat(MAX_DEPTH - 2)} } } }`;
    expect(errorsOf(query)).toEqual([
      `Query depth ${MAX_DEPTH + 1} exceeds the limit of ${MAX_DEPTH} levels of nested fields; ask for less nested data or split the query`,
    ]);
  });

  it('measures each fragment once: 40 levels of fragments spread twice each take 40 lookups, not 2^40', () => {
    const fragments = Array.from({ length: 40 }, (_, i) =>
      i < 39 ? `fragment F${i} on Query { name ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Query { name }`,
    );
    const document = parse(`{ ...F0 } ${fragments.join(' ')}`);
    const definitions = new Map(
      document.definitions.flatMap((definition) =>
        definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
      ),
    );
    let lookups = 0;
    const context = {
      getFragment: (name: string) => {
        if (++lookups > 1000) throw new Error('measures the same fragments again and again');
        return definitions.get(name);
      },
      reportError: jest.fn(),
    };
    const visitor = depthRule(context as unknown as ValidationContext) as {
      OperationDefinition: (node: OperationDefinitionNode) => void;
    };
    visitor.OperationDefinition(document.definitions[0] as OperationDefinitionNode);
    expect(lookups).toBe(40);
    expect(context.reportError).not.toHaveBeenCalled();
  });

  it('leaves a fragment cycle to the rule that reports it, instead of recursing for ever', () => {
    expect(errorsOf('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toEqual([]);
  });

  it('does not count introspection fields', () => {
    expect(
      errorsOf(
        `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`,
      ),
    ).toEqual([]);
  });
});

describe('limitMessageOf', () => {
  const explained = (message: string, code: string, error: unknown, language: 'de' | 'en' = 'en') => {
    const limit = limitMessageOf(message, code, error);
    return limit && render(limit, language);
  };

  it('says what to do where graphql-js only says it stopped, in the reader’s language', () => {
    expect(explained('Validation aborted.', 'GRAPHQL_VALIDATION_FAILED', undefined)).toMatch(/ask for fewer fields/);
    const tooLong = 'Syntax Error: Document contains more that 10000 tokens. Parsing aborted.';
    expect(explained(tooLong, 'GRAPHQL_PARSE_FAILED', undefined)).toMatch(
      /^The query is too long: at most 10000 tokens/,
    );
    expect(explained(tooLong, 'GRAPHQL_PARSE_FAILED', undefined, 'de')).toMatch(
      /^Die Abfrage ist zu lang: erlaubt sind höchstens 10000 Token/,
    );
    const overflow = new GraphQLError('Maximum call stack size exceeded', { originalError: new RangeError('x') });
    expect(explained(overflow.message, 'GRAPHQL_PARSE_FAILED', overflow)).toMatch(/nested too deeply to be read/);
  });

  it('finds the depth rule’s message beneath the error Apollo wraps it in', () => {
    const [refused] = validate(
      schema,
      parse(`{ node { ${'child { '.repeat(MAX_DEPTH)}name${' }'.repeat(MAX_DEPTH)} } }`),
      [depthRule],
    );
    const wrapped = new GraphQLError(refused.message, { originalError: refused });
    expect(limitMessageOf(wrapped.message, 'GRAPHQL_VALIDATION_FAILED', wrapped)).toEqual({
      key: 'limits.depth',
      params: { depth: MAX_DEPTH + 2, max: MAX_DEPTH },
    });
  });

  it('leaves every other message alone', () => {
    expect(
      limitMessageOf('Syntax Error: Unexpected "}".', 'GRAPHQL_PARSE_FAILED', new GraphQLError('x')),
    ).toBeUndefined();
  });
});
