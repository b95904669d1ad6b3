import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { AppConfig } from '../common/config/config';
import { Language } from '../users/language';
import { SetLegalPageInput } from './dto/set-legal-page.input';
import { LegalPage } from './legal-page.model';
import { LegalPageKind } from './legal-page-kind';
import { LegalPageText } from './legal-page-text.entity';
import { writeLegalPage } from './legal-page-writes';
import { legalTemplate } from './legal-templates';
import { OperatorFacts } from './operator-facts';
import { openPlaceholders } from './placeholders';

@Injectable()
export class LegalPagesService {
  /** What the server itself knows of the operator's facts: its address, when PUBLIC_URL says it. */
  private readonly knownFacts: OperatorFacts;

  constructor(
    @InjectRepository(LegalPageText) private readonly texts: Repository<LegalPageText>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.knownFacts = config.publicUrl ? { websiteAddress: config.publicUrl.replace(/\/$/, '') } : {};
  }

  async get(kind: LegalPageKind, language: Language): Promise<LegalPage> {
    return this.present(kind, language, await this.texts.findOneBy({ kind, language }));
  }

  /** Every page in every language, in a fixed order: for the admin's overview. */
  async list(): Promise<LegalPage[]> {
    const rows = await this.texts.find();
    const saved = new Map(rows.map((row) => [`${row.kind}/${row.language}`, row]));
    return Object.values(LegalPageKind).flatMap((kind) =>
      Object.values(Language).map((language) => this.present(kind, language, saved.get(`${kind}/${language}`) ?? null)),
    );
  }

  /** Platform admins only (the access guard checks before this runs). */
  async set(viewer: Viewer, input: SetLegalPageInput): Promise<LegalPage> {
    const row = await this.texts.manager.transaction((manager) =>
      writeLegalPage(manager, { ...input, actorUserId: viewer.user.id }),
    );
    return this.present(input.kind, input.language, row);
  }

  private present(kind: LegalPageKind, language: Language, row: LegalPageText | null): LegalPage {
    const template = legalTemplate(kind, language, this.knownFacts);
    const body = row?.body ?? template;
    return {
      kind,
      language,
      body,
      isTemplate: !row,
      openPlaceholders: openPlaceholders(body),
      updatedAt: row?.updatedAt ?? null,
      template,
    };
  }
}
