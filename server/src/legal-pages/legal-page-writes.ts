import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { Language } from '../users/language';
import { LegalPageKind } from './legal-page-kind';
import { LegalPageText } from './legal-page-text.entity';

/**
 * The one writer of `legal_pages` (the admin page and the demo seed), in the caller's transaction. Every change goes
 * to the platform's audit chain with the whole new text, so the chain tells what each page said from when on.
 * Saving the text a page already has changes nothing and records nothing.
 */
export async function writeLegalPage(
  manager: EntityManager,
  page: { kind: LegalPageKind; language: Language; body: string; actorUserId: string | null; source?: string },
): Promise<LegalPageText> {
  const { kind, language, body, actorUserId, source } = page;
  // Two admins saving a page that has no row yet would both insert: one waits for the other here instead.
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`legal_pages:${kind}:${language}`]);
  const previous = await manager.findOneBy(LegalPageText, { kind, language });
  if (previous?.body === body) return previous;
  const saved = await manager.save(
    LegalPageText,
    manager.create(LegalPageText, { kind, language, body, updatedAt: new Date(), updatedByUserId: actorUserId }),
  );
  await appendAuditEvent(manager, {
    partnershipId: null,
    actorUserId,
    action: previous ? 'legal.page_changed' : 'legal.page_published',
    subjectType: 'LegalPage',
    subjectId: `${kind}/${language}`,
    payload: { kind, language, body, ...(source ? { source } : {}) },
  });
  return saved;
}
