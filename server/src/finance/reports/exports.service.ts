import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readCheckpoints } from '../../audit/audit-checkpoint';
import { catalogues, MessageLanguage, msg, render } from '../../common/i18n/messages';
import { renderStored } from '../../common/i18n/stored-text';
import { germanCents } from '../../common/money';
import { journalSql, LedgerLine } from '../ledger/ledger-reads';
import { date, int, money, Sheet, text } from './export-format';
import { StatementService } from './statement.service';

/**
 * The export sheets: the same numbers as the API, from the ledger and the domain tables of the contract, with
 * headers, labels and booking texts in the requester's language (the number and date formats stay German).
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statements: StatementService,
  ) {}

  /** One row per entry: a transaction's rows share its id and sum to zero. */
  async ledger(partnershipId: string, language: MessageLanguage, year?: number): Promise<Sheet> {
    const labels = catalogues[language].records.exports;
    const rows: {
      booked_on: string;
      id: string;
      kind: keyof typeof labels.transactionKind;
      description: string | null;
      description_key: LedgerLine['descriptionKey'];
      description_params: LedgerLine['descriptionParams'];
      code: string;
      account_kind: keyof typeof labels.accountKind;
      organisation: string | null;
      purpose_de: string | null;
      purpose_en: string | null;
      amount_cents: string;
    }[] = await this.dataSource.query(
      `SELECT j.booked_on::text AS booked_on, j.id, j.kind, j.description, j.description_key, j.description_params, j.code, j.account_kind, o.name AS organisation, p.label_de AS purpose_de, p.label_en AS purpose_en, j.amount_cents::text AS amount_cents
           FROM ${journalSql({ partnership: '$1', period: year === undefined ? undefined : { from: '$2', to: '$3' } })} j
           LEFT JOIN organisations o ON o.id = j.organisation_id
           LEFT JOIN fund_purposes p ON p.id = j.purpose_id
          ORDER BY j.booked_on, j.created_at, j.id, j.entry_id`,
      year === undefined ? [partnershipId] : [partnershipId, `${year}-01-01`, `${year}-12-31`],
    );
    const column = labels.column;
    return {
      name:
        year === undefined ? labels.sheet.ledger : render(msg('records.exports.sheet.ledgerYear', { year }), language),
      columns: [
        { header: column.date, width: 12 },
        { header: column.transaction, width: 38 },
        { header: column.kind, width: 20 },
        { header: column.description, width: 50 },
        { header: column.account, width: 16 },
        { header: column.organisationOrPurpose, width: 36 },
        { header: column.debit, width: 16 },
        { header: column.credit, width: 16 },
      ],
      rows: rows.map((r) => {
        const cents = BigInt(r.amount_cents);
        const purpose = language === 'en' ? r.purpose_en : r.purpose_de;
        return [
          date(r.booked_on),
          text(r.id),
          text(labels.transactionKind[r.kind] ?? r.kind),
          text(renderStored(r.description, { key: r.description_key, params: r.description_params }, language)),
          text(labels.accountKind[r.account_kind] ?? r.account_kind),
          text(r.organisation ?? purpose ?? (r.account_kind === 'FUND' ? labels.generalFund : null)),
          cents > 0n ? money(cents) : null,
          cents < 0n ? money(-cents) : null,
        ];
      }),
    };
  }

  async statement(
    partnershipId: string,
    organisationId: string,
    year: number,
    language: MessageLanguage,
  ): Promise<Sheet> {
    const [s, [checkpoint]] = await Promise.all([
      this.statements.statement(partnershipId, organisationId, year, language),
      readCheckpoints(this.dataSource, [partnershipId]),
    ]);
    const labels = catalogues[language].records.exports;
    return {
      name: render(msg('records.exports.sheet.statement', { year }), language),
      columns: [
        { header: labels.column.date, width: 12 },
        { header: labels.column.area, width: 18 },
        { header: labels.column.description, width: 60 },
        { header: labels.column.amount, width: 16 },
      ],
      rows: [
        [null, text(labels.organisation), text(s.organisationName), null],
        [
          date(`${year}-01-01`),
          text(labels.openingBalance),
          text(labels.openingBalanceText),
          money(s.openingBalanceCents),
        ],
        ...s.lines.map((l) => [
          date(l.bookedOn),
          text(labels.category[l.category]),
          text(l.description),
          money(l.amountCents),
        ]),
        [
          date(`${year}-12-31`),
          text(labels.closingBalance),
          text(labels.closingBalanceText),
          money(s.closingBalanceCents),
        ],
        ...s.contributions.map((l) => [
          date(l.bookedOn),
          text(labels.fundContribution),
          text(l.description),
          money(l.amountCents),
        ]),
        ...s.savings.map((v) => [
          null,
          text(labels.saving),
          text(
            render(
              msg('records.exports.savingText', {
                title: v.title,
                total: germanCents(v.totalCents),
                share: germanCents(v.shareCents),
              }),
              language,
            ),
          ),
          money(v.savedCents),
        ]),
        // The chain head as this file was made: whoever keeps the file can later check it against the audit log.
        ...(checkpoint
          ? [
              [
                null,
                text(labels.checkpoint),
                text(
                  render(
                    msg('records.exports.checkpointText', { sequence: checkpoint.sequence, hash: checkpoint.hash }),
                    language,
                  ),
                ),
                null,
              ],
            ]
          : []),
      ],
    };
  }

  async agreements(partnershipId: string, language: MessageLanguage, year?: number): Promise<Sheet> {
    const labels = catalogues[language].records.exports;
    const rows: {
      title: string;
      number: number | null;
      request_title: string | null;
      status: keyof typeof labels.agreementStatus;
      total_cents: string;
      provider: string | null;
      recurring: boolean;
      year: number | null;
    }[] = await this.dataSource.query(
      `SELECT ca.title, fr.number, fr.title AS request_title, ca.status, ca.total_cents::text AS total_cents, o.name AS provider, ca.recurring, ca.year
           FROM cost_agreements ca
           LEFT JOIN feature_requests fr ON fr.id = ca.feature_request_id
           LEFT JOIN organisations o ON o.id = ca.provider_organisation_id
          WHERE ca.partnership_id = $1${year === undefined ? '' : ' AND ca.year = $2'}
          ORDER BY ca.year NULLS FIRST, ca.title`,
      year === undefined ? [partnershipId] : [partnershipId, year],
    );
    return {
      name: labels.sheet.agreements,
      columns: [
        { header: labels.column.title, width: 40 },
        { header: labels.column.request, width: 40 },
        { header: labels.column.status, width: 14 },
        { header: labels.column.total, width: 18 },
        { header: labels.column.provider, width: 30 },
        { header: labels.column.recurring, width: 14 },
        { header: labels.column.year, width: 8 },
      ],
      rows: rows.map((r) => [
        text(r.title),
        text(r.number === null ? null : `#${r.number} ${r.request_title}`),
        text(labels.agreementStatus[r.status] ?? r.status),
        money(r.total_cents),
        text(r.provider),
        text(r.recurring ? labels.yes : labels.no),
        int(r.year),
      ]),
    };
  }

  async invoices(partnershipId: string, language: MessageLanguage, year?: number): Promise<Sheet> {
    const labels = catalogues[language].records.exports;
    const rows: {
      number: string;
      year: number;
      organisation: string;
      amount_cents: string;
      issued_on: string;
      due_on: string | null;
    }[] = await this.dataSource.query(
      `SELECT i.number, i.year, o.name AS organisation, i.amount_cents::text AS amount_cents, i.issued_on::text AS issued_on, i.due_on::text AS due_on
         FROM fee_invoices i JOIN organisations o ON o.id = i.organisation_id
        WHERE i.partnership_id = $1${year === undefined ? '' : ' AND i.year = $2'}
        ORDER BY i.year, i.number`,
      year === undefined ? [partnershipId] : [partnershipId, year],
    );
    return {
      name: labels.sheet.invoices,
      columns: [
        { header: labels.column.number, width: 16 },
        { header: labels.column.year, width: 8 },
        { header: labels.column.organisation, width: 40 },
        { header: labels.column.amount, width: 16 },
        { header: labels.column.issuedOn, width: 14 },
        { header: labels.column.dueOn, width: 14 },
      ],
      rows: rows.map((r) => [
        text(r.number),
        int(r.year),
        text(r.organisation),
        money(r.amount_cents),
        date(r.issued_on),
        date(r.due_on),
      ]),
    };
  }
}
