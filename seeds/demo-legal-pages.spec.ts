import { openPlaceholders } from '../server/src/legal-pages/placeholders';
import { demoLegalPages } from './demo-legal-pages';

describe('demo legal pages', () => {
  it('fill in every placeholder of all three pages in both languages', () => {
    expect(demoLegalPages.map((page) => `${page.kind}/${page.language}`)).toEqual([
      'IMPRINT/DE',
      'IMPRINT/EN',
      'PRIVACY/DE',
      'PRIVACY/EN',
      'ACCESSIBILITY/DE',
      'ACCESSIBILITY/EN',
    ]);
    for (const page of demoLegalPages) expect(openPlaceholders(page.body)).toEqual([]);
  });

  it('say at their top that the operator is invented', () => {
    for (const page of demoLegalPages) expect(page.body.split('\n')[0]).toMatch(/erfunden|invented/);
  });
});
