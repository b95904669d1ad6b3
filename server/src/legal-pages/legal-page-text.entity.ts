import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Language } from '../users/language';
import { User } from '../users/user.entity';
import { LegalPageKind } from './legal-page-kind';

/** Longest text a legal page takes: a long privacy notice runs to about 20,000 characters. */
export const LEGAL_PAGE_MAX_LENGTH = 50_000;

/**
 * A legal page as its operator saved it, one row per page and language. A page without a row shows the platform's
 * template (`legal-templates.ts`). Written only by `legal-page-writes.ts`.
 */
@Entity('legal_pages')
// Mirrors migrations/*-LegalPages.ts.
@Check('legal_pages_kind_check', `kind IN ('IMPRINT','PRIVACY','ACCESSIBILITY')`)
@Check('legal_pages_language_check', `language IN ('DE','EN')`)
@Check('legal_pages_body_check', `length(btrim(body)) > 0 AND length(body) <= ${LEGAL_PAGE_MAX_LENGTH}`)
export class LegalPageText {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'legal_pages_pkey' })
  kind: LegalPageKind;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'legal_pages_pkey' })
  language: Language;

  /** Markdown. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'updated_by_user_id', type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_user_id', foreignKeyConstraintName: 'legal_pages_updated_by_user_id_fkey' })
  updatedByRef?: User;
}
