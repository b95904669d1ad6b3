import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';

/**
 * Requests over the real schema, each with exactly one argument value a client must not be able to send: null where
 * a value is required, a value of the wrong type, an impossible or out-of-range date, text PostgreSQL cannot store.
 * Every other argument holds a plausible value, so that the bad one is what the server meets.
 *
 * A value GraphQL's own checks let through (text, an id that is no UUID) goes on to guards, pipes and services, where
 * each resolver may differ: it is sent both with variables and written into the query. A value GraphQL refuses takes
 * the same path for every field: it is sent one way, drawn by a seeded generator, which halves the run. The same
 * schema gives the same requests in the same order.
 */
export interface BadRequest {
  /** e.g. "mutation recordPayment input.receivedOn: year 0 (literal)", for the failure report. */
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** An enum value as a client writes it: bare in a query, a string in variables. */
class EnumValue {
  constructor(readonly name: string) {}
}

const SOME_ID = '00000000-0000-4000-8000-00000000f022';

/** A plausible value of each scalar, where the bad value sits elsewhere. */
const plausible: Record<string, unknown> = {
  ID: SOME_ID,
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  LocalDate: '2026-05-04',
  DateTime: '2026-05-04T18:00:00+02:00',
  JSONObject: {},
};

/** Its name, the value, and whether GraphQL's own checks let it through to the resolver. */
type Bad = [what: string, value: unknown, reachesResolver?: true];

/** Wrong values for each scalar. */
const badScalars: Record<string, Bad[]> = {
  ID: [
    ['boolean', true],
    ['float', 1.5],
    ['object', { a: 1 }],
    ['not a UUID', 'not-a-uuid', true],
    ['NUL text', 'a\u0000b', true],
  ],
  String: [
    ['number', 5],
    ['object', { a: 1 }],
    ['NUL text', 'a\u0000b', true],
    ['lone surrogate', 'a\ud800b', true],
  ],
  Int: [
    ['string', '12'],
    ['huge', 2 ** 31],
    ['float', 1.5],
    ['object', { a: 1 }],
  ],
  Float: [
    ['string', 'x'],
    ['object', { a: 1 }],
  ],
  Boolean: [
    ['string', 'true'],
    ['number', 1],
  ],
  LocalDate: [
    ['year 0', '0000-01-01'],
    ['negative year', '-0001-01-01'],
    ['year 10000', '10000-01-01'],
    ['30 February', '2026-02-30'],
    ['month 13', '2026-13-01'],
    ['before 1900', '1899-12-31'],
    ['after 2200', '2201-01-01'],
    ['number', 20260504],
    ['date and time', '2026-05-04T00:00:00Z'],
  ],
  DateTime: [
    ['year 0', '0000-01-01T00:00:00Z'],
    ['year 10000', '+010000-01-01T00:00:00Z'],
    ['30 February', '2026-02-30T10:00:00Z'],
    ['before 1900', '1899-12-31T23:59:59Z'],
    ['after 2200', '2201-01-01T00:00:00Z'],
    ['date only', '2026-05-04'],
    ['number', 0],
  ],
  JSONObject: [
    ['string', 'x'],
    ['list', [1]],
  ],
};

function plausibleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plausibleValue(type.ofType);
  if (isListType(type)) return [plausibleValue(type.ofType)];
  if (isEnumType(type)) return new EnumValue(type.getValues()[0].name);
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = plausibleValue(field.type);
    return value;
  }
  if (!(type.name in plausible)) throw new Error(`No plausible value for scalar ${type.name}: add one`);
  return plausible[type.name];
}

interface BadValue {
  at: string;
  what: string;
  value: unknown;
  reachesResolver?: true;
}

/** Every bad value for a position of this type, with the path below the position where it sits. */
function badValues(type: GraphQLInputType, path: string, depth = 0): BadValue[] {
  const bad: BadValue[] = [];
  // An input type that contains itself would go on for ever; none is deeper than 3 today.
  if (depth > 5) return bad;
  let inner = type;
  if (isNonNullType(type)) {
    bad.push({ at: path, what: 'null', value: null });
    inner = type.ofType;
  }
  if (isListType(inner)) {
    bad.push({ at: path, what: 'object for a list', value: { a: 1 } });
    for (const item of badValues(inner.ofType, `${path}[0]`, depth + 1)) bad.push({ ...item, value: [item.value] });
  } else if (isEnumType(inner)) {
    bad.push({ at: path, what: 'unknown enum value', value: new EnumValue('NOT_A_VALUE') });
    bad.push({ at: path, what: 'number for an enum', value: 1 });
  } else if (isInputObjectType(inner)) {
    bad.push({ at: path, what: 'string for an object', value: 'x' });
    const filled = plausibleValue(inner) as Record<string, unknown>;
    bad.push({ at: path, what: 'unknown field', value: { ...filled, notAField: 1 } });
    for (const field of Object.values(inner.getFields()))
      for (const item of badValues(field.type, `${path}.${field.name}`, depth + 1))
        bad.push({ ...item, value: { ...filled, [field.name]: item.value } });
  } else if (isLeafType(inner)) {
    const scalar = badScalars[inner.name];
    if (!scalar) throw new Error(`No bad values for scalar ${inner.name}: add some`);
    for (const [what, value, reachesResolver] of scalar) bad.push({ at: path, what, value, reachesResolver });
  }
  return bad;
}

function literal(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value as object)
      .map(([key, item]) => `${key}: ${literal(item)}`)
      .join(', ')}}`;
  // GraphQL's string syntax takes JSON's escapes.
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function asVariable(value: unknown): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(asVariable);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asVariable(item)]));
  return value;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

/** mulberry32: a tiny seeded generator of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each argument's bad values, as a query with variables and/or as a query with the values written in. */
export function badRequests(schema: GraphQLSchema, seed = 12): BadRequest[] {
  const random = seeded(seed);
  const requests: BadRequest[] = [];
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  for (const [operation, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const argument of field.args) {
        for (const bad of badValues(argument.type, argument.name)) {
          // The other arguments: required ones with a plausible value, optional ones left out.
          const values = new Map<GraphQLArgument, unknown>();
          for (const other of field.args)
            if (other === argument) values.set(other, bad.value);
            else if (isNonNullType(other.type) && other.defaultValue === undefined)
              values.set(other, plausibleValue(other.type));
          const name = `${operation} ${field.name} ${bad.at}: ${bad.what}`;
          const sent = [...values];
          const definitions = sent.map(([arg]) => `$${arg.name}: ${String(arg.type)}`).join(', ');
          const asVariables = sent.map(([arg]) => `${arg.name}: $${arg.name}`).join(', ');
          const both = bad.reachesResolver === true;
          const withVariables = both || random() < 0.5;
          if (withVariables)
            requests.push({
              name: `${name} (variables)`,
              query: `${operation} Bad(${definitions}) { ${field.name}(${asVariables})${selection(field)} }`,
              variables: Object.fromEntries(sent.map(([arg, value]) => [arg.name, asVariable(value)])),
            });
          const written = sent.map(([arg, value]) => `${arg.name}: ${literal(value)}`).join(', ');
          if (both || !withVariables)
            requests.push({
              name: `${name} (literal)`,
              query: `${operation} { ${field.name}(${written})${selection(field)} }`,
              variables: {},
            });
        }
      }
    }
  }
  return requests;
}
