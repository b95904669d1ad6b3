import { EntityManager } from 'typeorm';
import { writeLegalPage } from '../server/src/legal-pages/legal-page-writes';
import { demoLegalPages } from './demo-legal-pages';

/** The demo operator's legal pages, through their one writer: written and audited once, unchanged on a rerun. */
export async function seedLegalPages(manager: EntityManager): Promise<void> {
  for (const page of demoLegalPages) await writeLegalPage(manager, { ...page, actorUserId: null, source: 'demo data' });
}
