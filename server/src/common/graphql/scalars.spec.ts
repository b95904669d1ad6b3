import { parseValue as parseLiteral } from 'graphql';
import { GraphQLDateTime, GraphQLLocalDate } from './scalars';

describe('LocalDate', () => {
  it.each(['1900-01-01', '2024-02-29', '2026-05-04', '2200-12-31'])('takes %s', (day) => {
    expect(GraphQLLocalDate.parseValue(day)).toBe(day);
    expect(GraphQLLocalDate.parseLiteral(parseLiteral(`"${day}"`))).toBe(day);
  });

  it.each<[string, unknown]>([
    ['year 0, which PostgreSQL refuses', '0000-01-01'],
    ['the day before the first', '1899-12-31'],
    ['the day after the last', '2201-01-01'],
    ['a negative year', '-0001-01-01'],
    ['a five-digit year', '10000-01-01'],
    ['30 February', '2026-02-30'],
    ['29 February of a common year', '2026-02-29'],
    ['month 13', '2026-13-01'],
    ['a date and time', '2026-05-04T00:00:00Z'],
    ['a number', 20260504],
    ['null', null],
  ])('refuses %s, saying what is allowed', (_what, value) => {
    expect(() => GraphQLLocalDate.parseValue(value)).toThrow(
      `Expected a date between 1900-01-01 and 2200-12-31 in the form YYYY-MM-DD, e.g. "2026-05-04", got ${JSON.stringify(value)}`,
    );
  });

  it('refuses a written-in value, pointing at it', () => {
    const node = parseLiteral('"0000-01-01"');
    expect(() => GraphQLLocalDate.parseLiteral(node)).toThrow(expect.objectContaining({ nodes: [node] }));
    expect(() => GraphQLLocalDate.parseLiteral(parseLiteral('20260504'))).toThrow(/got 20260504$/);
  });

  it('sends back any stored day, even one outside the span', () => {
    expect(GraphQLLocalDate.serialize('1850-06-01')).toBe('1850-06-01');
  });
});

describe('DateTime', () => {
  it.each([
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
    ['2026-05-04T18:00:00+02:00', '2026-05-04T16:00:00.000Z'],
    ['2200-12-31T23:59:59.999Z', '2200-12-31T23:59:59.999Z'],
  ])('takes %s', (text, instant) => {
    expect(GraphQLDateTime.parseValue(text).toISOString()).toBe(instant);
  });

  it.each<[string, unknown]>([
    ['year 0', '0000-01-01T00:00:00Z'],
    ['the last instant before 1900 (UTC)', '1899-12-31T23:59:59.999Z'],
    ['midnight of 1 January 1900 in Berlin, still 1899 in UTC', '1900-01-01T00:00:00+01:00'],
    ['the first instant after 2200', '2201-01-01T00:00:00Z'],
    ['a six-digit year', '+010000-01-01T00:00:00Z'],
    ['30 February', '2026-02-30T10:00:00Z'],
    ['a date without a time', '2026-05-04'],
    ['a number', 0],
  ])('refuses %s, saying what is allowed', (_what, value) => {
    expect(() => GraphQLDateTime.parseValue(value)).toThrow(
      `Expected a date and time between 1900-01-01 and 2200-12-31 (UTC) in RFC 3339 form with a time zone, e.g. "2026-05-04T18:00:00+02:00", got ${JSON.stringify(value)}`,
    );
  });
});
