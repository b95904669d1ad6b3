import { safeNext } from './safe-next';

describe('safeNext', () => {
  it.each([
    ['/p/geoportal-verbund', '/p/geoportal-verbund'],
    ['/konto?x=1', '/konto?x=1'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['', '/'],
    [undefined, '/'],
    [42, '/'],
  ])('turns %p into %p: only paths of this site', (input, output) => {
    expect(safeNext(input)).toBe(output);
  });
});
