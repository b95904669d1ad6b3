import de from '../../i18n/de.json';
import en from '../../i18n/en.json';
import { summarisePayload, type PayloadLabels } from './payload-summary';

/** The labels as useAuditLabels reads them from a catalogue. */
function labelsOf(language: 'de' | 'en'): PayloadLabels {
  const { fields, values } = (language === 'de' ? de : en).audit as {
    fields: Record<string, string>;
    values: Record<string, string>;
  };
  return { language, field: (name) => fields[name] ?? name, value: (code) => values[code] ?? null };
}

describe('summarisePayload', () => {
  it('lists the fields of a payload', () => {
    expect(summarisePayload({ name: 'Geoportal-Verbund', slug: 'geoportal-verbund' })).toBe(
      'name: Geoportal-Verbund · slug: geoportal-verbund',
    );
  });

  it('shows a change as before → after, then the other fields', () => {
    expect(
      summarisePayload({ before: { status: 'ACTIVE' }, after: { status: 'SUSPENDED' }, reason: 'Beitrag offen' }),
    ).toBe('status: ACTIVE → SUSPENDED · reason: Beitrag offen');
  });

  it('shows a field added or removed by a change as a dash on its missing side', () => {
    expect(summarisePayload({ before: { weight: 1 }, after: { weight: 2, note: 'neu' } })).toBe(
      'weight: 1 → 2 · note: – → neu',
    );
    expect(summarisePayload({ before: { note: 'alt' }, after: {} })).toBe('note: alt → –');
  });

  it('leaves out references to other records', () => {
    expect(summarisePayload({ organisationId: '20000000-0000-4000-8000-000000000001', organisationName: 'Dorf' })).toBe(
      'organisationName: Dorf',
    );
    expect(summarisePayload({ userId: 'u-1' })).toBe('');
  });

  it('does not take a before without an after for a change', () => {
    expect(summarisePayload({ before: { status: 'ACTIVE' } })).toBe('before: {"status":"ACTIVE"}');
  });

  it.each([
    [{ roles: ['ADMIN', 'OBSERVER'] }, 'roles: ADMIN, OBSERVER'],
    [{ reason: null }, 'reason: –'],
    [{ count: 0, public: false }, 'count: 0 · public: false'],
    [{ limits: { min: 1 } }, 'limits: {"min":1}'],
    [{}, ''],
  ])('writes %j as %j', (payload, summary) => {
    expect(summarisePayload(payload)).toBe(summary);
  });

  it.each([
    [null, '–'],
    [undefined, '–'],
    ['Freitext', 'Freitext'],
    [42, '42'],
    [['a', 1, null], 'a, 1, –'],
  ])('writes a payload that is not an object, %j, as %j', (payload, summary) => {
    expect(summarisePayload(payload)).toBe(summary);
  });

  it('cuts a long summary to 160 characters, ending in an ellipsis', () => {
    const summary = summarisePayload({ note: 'x'.repeat(200) });
    expect(summary).toHaveLength(160);
    expect(summary).toBe(`note: ${'x'.repeat(153)}…`);
  });

  it('keeps a summary of exactly 160 characters whole', () => {
    const payload = { note: 'x'.repeat(160 - 'note: '.length) };
    expect(summarisePayload(payload)).toBe(`note: ${payload.note}`);
  });

  it('names fields and coded values in the reader’s language', () => {
    const payload = {
      before: { status: 'ACTIVE' },
      after: { status: 'SUSPENDED' },
      reason: 'Beitrag offen',
      public: true,
    };
    expect(summarisePayload(payload, labelsOf('de'))).toBe(
      'Status: aktiv → ruhend · Grund: Beitrag offen · Öffentlich: ja',
    );
    expect(summarisePayload(payload, labelsOf('en'))).toBe(
      'status: active → suspended · reason: Beitrag offen · public: yes',
    );
  });

  it('picks the reader’s language of a text recorded in both, and keeps unknown codes as recorded', () => {
    const payload = {
      sentence: { de: 'Angenommen mit 3 von 4 Stimmen', en: 'Accepted by 3 of 4 votes' },
      kind: 'NEW_KIND',
    };
    expect(summarisePayload(payload, labelsOf('de'))).toBe('Ergebnis: Angenommen mit 3 von 4 Stimmen · Art: NEW_KIND');
    expect(summarisePayload(payload, labelsOf('en'))).toBe('result: Accepted by 3 of 4 votes · kind: NEW_KIND');
  });
});
