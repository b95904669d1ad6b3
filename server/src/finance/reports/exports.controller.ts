import { Controller, Get, HttpStatus, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Permission, permissionsIn } from '../../common/auth/permissions';
import { SessionsService } from '../../auth/sessions.service';
import { Public } from '../../common/auth/access.decorators';
import { type MessageRef, msg, readerLanguage, render } from '../../common/i18n/messages';
import type { Viewer } from '../../auth/viewer';
import { csvOf, Sheet } from './export-format';
import { xlsxOf } from './export-xlsx';
import { ExportsService } from './exports.service';
import { mayReadStatement, representedOrganisations } from './statement-access';

const EXPORT_FILE = /^(ledger|statement|agreements|invoices)\.(csv|xlsx)$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A refused download: its status and what the reader is told, rendered in the reader's language. */
class ExportProblem extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly messageRef: MessageRef,
  ) {
    super(render(messageRef, 'en'));
  }
}

/**
 * `GET /exports/<slug>/<ledger|statement|agreements|invoices>.<csv|xlsx>?year=…&organisationId=…`, the
 * download links of the finance pages. Public for the access guard (it guards GraphQL only), so this
 * controller checks the session cookie's viewer itself, with the same rules as the API: FINANCE_READ, and
 * for a statement also the organisation's own representative.
 */
@Public()
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly exports: ExportsService,
  ) {}

  @Get(':slug/:file')
  async download(
    @Param('slug') slug: string,
    @Param('file') file: string,
    @Query('year') yearParam: string | undefined,
    @Query('organisationId') organisationParam: string | undefined,
    @Query('lang') languageParam: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    let viewer: Viewer | null = null;
    try {
      const match = EXPORT_FILE.exec(file);
      if (!match || !SLUG.test(slug)) throw new ExportProblem(HttpStatus.NOT_FOUND, msg('http.noExport'));
      const [, kind, format] = match;
      const year = parseYear(yearParam, kind === 'statement');
      viewer = await this.sessions.viewerOf(req);
      if (!viewer) throw new ExportProblem(HttpStatus.UNAUTHORIZED, msg('http.exportSignIn'));
      const [partnership] = await this.dataSource.query(`SELECT id, slug FROM partnerships WHERE slug = $1`, [slug]);
      if (!partnership) throw new ExportProblem(HttpStatus.NOT_FOUND, msg('http.exportNoPartnership', { slug }));
      const partnershipId: string = partnership.id;
      // The portal names its active language (a download link sends the browser's Accept-Language, not the portal's).
      const language = readerLanguage(languageParam ?? req.headers['accept-language'], viewer.user.preferredLanguage);

      let sheet: Sheet;
      let suffix = '';
      if (kind === 'statement') {
        const organisationId =
          organisationParam ??
          (representedOrganisations(viewer, partnershipId).length === 1
            ? representedOrganisations(viewer, partnershipId)[0]
            : undefined);
        if (!organisationId || !UUID.test(organisationId))
          throw new ExportProblem(HttpStatus.BAD_REQUEST, msg('http.exportOrganisationId'));
        if (!mayReadStatement(viewer, partnershipId, organisationId)) {
          throw new ExportProblem(HttpStatus.FORBIDDEN, msg('http.statementExportForbidden'));
        }
        sheet = await this.exports.statement(partnershipId, organisationId, year as number, language);
        const [organisation] = await this.dataSource.query(`SELECT name FROM organisations WHERE id = $1`, [
          organisationId,
        ]);
        suffix = organisation ? `-${fileSlug(organisation.name)}` : '';
      } else {
        if (!permissionsIn(viewer, partnershipId).has(Permission.FINANCE_READ)) {
          throw new ExportProblem(HttpStatus.FORBIDDEN, msg('http.exportForbidden'));
        }
        sheet = await (kind === 'ledger'
          ? this.exports.ledger(partnershipId, language, year)
          : kind === 'agreements'
            ? this.exports.agreements(partnershipId, language, year)
            : this.exports.invoices(partnershipId, language, year));
      }
      const name = `${partnership.slug}-${kind}${year === undefined ? '' : `-${year}`}${suffix}.${format}`;
      res.status(HttpStatus.OK).attachment(name).setHeader('Cache-Control', 'private, no-store');
      if (format === 'csv') res.type('text/csv; charset=utf-8').send(csvOf(sheet));
      else res.type(XLSX_TYPE).send(await xlsxOf(sheet));
    } catch (error) {
      if (!(error instanceof ExportProblem)) throw error;
      const language = readerLanguage(languageParam ?? req.headers['accept-language'], viewer?.user.preferredLanguage);
      res.status(error.status).type('text/plain; charset=utf-8').send(render(error.messageRef, language));
    }
  }
}

function parseYear(value: string | undefined, required: boolean): number | undefined {
  if (value === undefined || value === '') {
    if (required) throw new ExportProblem(HttpStatus.BAD_REQUEST, msg('http.exportYearRequired'));
    return undefined;
  }
  const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (!(year >= 1900 && year <= 2200))
    throw new ExportProblem(HttpStatus.BAD_REQUEST, msg('http.exportYearRange', { year: value }));
  return year;
}

/** An organisation's name in a file name: ASCII letters, digits and dashes. */
export function fileSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
