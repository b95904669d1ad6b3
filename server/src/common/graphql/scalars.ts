import { GraphQLError, GraphQLScalarType, print, ValueNode } from 'graphql';
import { GraphQLDateTime as AnyDateTime, GraphQLLocalDate as AnyLocalDate } from 'graphql-scalars';
import { msg } from '../i18n/messages';
import { AppError } from './app-error';

/**
 * The days this product takes: a partnership or membership that began in the last century, deadlines and fiscal
 * years far ahead, the same span as the ledger's years. graphql-scalars alone takes any year from 0000 to 9999, and
 * PostgreSQL refuses year 0 with a server error; outside the span a date is a typing error, not a plan.
 */
export const EARLIEST_DAY = '1900-01-01';
export const LATEST_DAY = '2200-12-31';

const earliest = Date.parse(`${EARLIEST_DAY}T00:00:00Z`);
const afterLatest = Date.parse(`${LATEST_DAY}T00:00:00Z`) + 24 * 60 * 60 * 1000;

const LOCAL_DATE_RULE = `a date between ${EARLIEST_DAY} and ${LATEST_DAY} in the form YYYY-MM-DD, e.g. "2026-05-04"`;
const DATE_TIME_RULE =
  `a date and time between ${EARLIEST_DAY} and ${LATEST_DAY} (UTC) in RFC 3339 form with a time zone, ` +
  'e.g. "2026-05-04T18:00:00+02:00"';

/** The value as the client wrote it, short enough for a message. */
function shown(value: unknown, node?: ValueNode): string {
  const text = node ? print(node) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * A graphql-scalars scalar under its own name, refusing what it refuses and what lies outside the span, with one
 * message that says what is allowed. Values it sends back are not limited: stored data is never an error.
 */
function bounded<T>(
  base: GraphQLScalarType<T>,
  rule: string,
  ruleKey: 'input.localDate' | 'input.dateTime',
  inSpan: (value: T) => boolean,
  description: string,
) {
  // The English text is graphql-js's; the AppError beneath it is what the error formatter tells the reader.
  const refuse = (value: unknown, node?: ValueNode) =>
    new GraphQLError(`Expected ${rule}, got ${shown(value, node)}`, {
      nodes: node,
      originalError: new AppError(
        'BAD_USER_INPUT',
        msg(ruleKey, { earliest: EARLIEST_DAY, latest: LATEST_DAY, value: shown(value, node) }),
      ),
    });
  const check = (parse: () => T, value: unknown, node?: ValueNode): T => {
    let parsed: T;
    try {
      parsed = parse();
    } catch {
      throw refuse(value, node);
    }
    if (!inSpan(parsed)) throw refuse(value, node);
    return parsed;
  };
  return new GraphQLScalarType<T>({
    ...base.toConfig(),
    description,
    parseValue: (value) => check(() => base.parseValue(value), value),
    parseLiteral: (node, variables) => check(() => base.parseLiteral(node, variables), undefined, node),
  });
}

/** A calendar day, "YYYY-MM-DD", between EARLIEST_DAY and LATEST_DAY. Use this, not graphql-scalars' own. */
export const GraphQLLocalDate = bounded<string>(
  AnyLocalDate as GraphQLScalarType<string>,
  LOCAL_DATE_RULE,
  'input.localDate',
  (day) => day >= EARLIEST_DAY && day <= LATEST_DAY,
  `A calendar day in the form YYYY-MM-DD, e.g. 2026-05-04, between ${EARLIEST_DAY} and ${LATEST_DAY}.`,
);

/** An instant between EARLIEST_DAY and the end of LATEST_DAY (UTC). Use this, not graphql-scalars' own. */
export const GraphQLDateTime = bounded<Date>(
  AnyDateTime as GraphQLScalarType<Date>,
  DATE_TIME_RULE,
  'input.dateTime',
  (instant) => instant.getTime() >= earliest && instant.getTime() < afterLatest,
  'A date and time in RFC 3339 form with a time zone, e.g. 2026-05-04T18:00:00+02:00, between ' +
    `${EARLIEST_DAY} and ${LATEST_DAY} (UTC); the API answers in UTC, e.g. 2026-05-04T16:00:00.000Z.`,
);
