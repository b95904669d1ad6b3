import fc from 'fast-check';
import { AppError } from './app-error';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('cursors', () => {
  it('round-trip any sort key and id', () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (key, id) => expect(decodeCursor(encodeCursor(key, id))).toEqual([key, id])),
    );
  });

  it.each([
    '',
    'bm9wZQ',
    '!!!',
    Buffer.from('[1,2]').toString('base64url'),
    Buffer.from('["a"]').toString('base64url'),
  ])('refuse a cursor the API did not hand out: %p', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(AppError);
  });
});

describe('toPage', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `id-${i}`, name: `n${i}` }));

  it('reports a next page only when more rows than asked for came back', () => {
    expect(toPage(rows(3), 2, 3, (r) => r.name).pageInfo.hasNextPage).toBe(true);
    expect(toPage(rows(2), 2, 2, (r) => r.name).pageInfo.hasNextPage).toBe(false);
  });

  it('returns at most `first` nodes and the last one as cursor', () => {
    const page = toPage(rows(3), 2, 3, (r) => r.name);
    expect(page.nodes.map((r) => r.id)).toEqual(['id-0', 'id-1']);
    expect(decodeCursor(page.pageInfo.endCursor!)).toEqual(['n1', 'id-1']);
  });

  it('has no cursor for an empty page', () => {
    expect(toPage([], 5, 0, () => '').pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
