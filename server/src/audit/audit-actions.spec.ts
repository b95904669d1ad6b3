import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { auditActions } from './audit-actions';

/*
 * The portal shows an audit entry's action and subject by its label in the reader's language, never as the raw
 * code. `appendAuditEvent` takes only the actions of audit-actions.ts (the typecheck holds every caller to it);
 * here each of them, and every subject type the server writes, must have a German and an English label.
 */
const repo = path.resolve(__dirname, '../../..');
const catalogue = (language: string) =>
  JSON.parse(readFileSync(path.join(repo, 'web/src/i18n', `${language}.json`), 'utf8')) as {
    audit: { actions: Record<string, string>; subjects: Record<string, string> };
  };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [file] : [];
  });
}

describe('the audit log’s labels', () => {
  const files = [...sources(path.join(repo, 'server/src')), ...sources(path.join(repo, 'seeds'))].map((file) =>
    readFileSync(file, 'utf8'),
  );

  it.each(['de', 'en'])('name every action in %s', (language) => {
    const labels = catalogue(language).audit.actions;
    expect(auditActions.filter((action) => !labels[action]?.trim())).toEqual([]);
  });

  it('lists every action written with a literal (action: …), so the list is what the server appends', () => {
    const written = new Set(files.flatMap((text) => [...text.matchAll(/\baction: '([a-z_.]+)'/g)].map((m) => m[1])));
    expect(written.size).toBeGreaterThan(30);
    expect([...written].filter((action) => !(auditActions as readonly string[]).includes(action))).toEqual([]);
  });

  it.each(['de', 'en'])('name every subject type in %s', (language) => {
    const labels = catalogue(language).audit.subjects;
    const subjects = new Set(
      files.flatMap((text) => [...text.matchAll(/\bsubjectType: '([A-Za-z]+)'/g)].map((m) => m[1])),
    );
    expect(subjects.size).toBeGreaterThan(10);
    expect([...subjects].filter((subject) => !labels[subject]?.trim())).toEqual([]);
  });
});
