import fc from 'fast-check';
import { render } from '../common/i18n/messages';
import { BASE_WAIT_SECONDS, describeWait, MAX_WAIT_SECONDS, waitAfter } from './sign-in-backoff';

describe('waitAfter', () => {
  it('lets the free failures pass, then doubles the wait up to 15 minutes', () => {
    expect([0, 1, 4].map((n) => waitAfter(n, 5))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 12, 100].map((n) => waitAfter(n, 5))).toEqual([
      15, 30, 60, 120, 240, 480, 900, 900, 900,
    ]);
  });

  it('never shrinks with a further failure and never exceeds the maximum (property)', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 50 }), (failures, free) => {
        const now = waitAfter(failures, free);
        expect(waitAfter(failures + 1, free)).toBeGreaterThanOrEqual(now);
        expect(now).toBeLessThanOrEqual(MAX_WAIT_SECONDS);
        if (failures >= free) expect(now).toBeGreaterThanOrEqual(BASE_WAIT_SECONDS);
      }),
    );
  });
});

describe('describeWait', () => {
  it('rounds up to whole seconds or minutes, with the plural in each language', () => {
    const waits = [0.2, 1, 45, 60, 61, 900].map(describeWait);
    expect(waits.map((wait) => render(wait, 'de'))).toEqual([
      '1 Sekunde',
      '1 Sekunde',
      '45 Sekunden',
      '1 Minute',
      '2 Minuten',
      '15 Minuten',
    ]);
    expect(waits.map((wait) => render(wait, 'en'))).toEqual([
      '1 second',
      '1 second',
      '45 seconds',
      '1 minute',
      '2 minutes',
      '15 minutes',
    ]);
  });
});
