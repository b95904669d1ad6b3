import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readCheckpoints } from '../../audit/audit-checkpoint';
import { germanCents } from '../../common/money';
import { journalSql } from '../ledger/ledger-reads';
import { date, int, money, Sheet, text } from './export-format';
import { StatementCategory } from './reports.types';
import { StatementService } from './statement.service';

const accountKindDe: Record<string, string> = {
  BANK: 'Bank',
  RECEIVABLE: 'Forderung',
  FUND: 'Fonds',
  ALLOCATED: 'Bewilligt',
  PAYABLE: 'Verbindlichkeit',
  INCOME: 'Ertrag',
  EXPENSE: 'Aufwand',
};
const transactionKindDe: Record<string, string> = {
  FEE_INVOICE: 'Beitragsrechnung',
  PAYMENT: 'Zahlung',
  FUND_CONTRIBUTION: 'Fondsbeitrag',
  FUND_ALLOCATION: 'Fondsbewilligung',
  FUND_DISBURSEMENT: 'Fondsauszahlung',
  COST_SHARE: 'Kostenanteil',
  PROVIDER_PAYMENT: 'Zahlung an Anbieter',
  REVERSAL: 'Storno',
};
const categoryDe: Record<StatementCategory, string> = {
  FEE: 'Beitrag',
  COST_SHARE: 'Kostenanteil',
  PAYMENT: 'Zahlung',
  FUND_CONTRIBUTION: 'Fondsbeitrag',
  OTHER: 'Sonstiges',
};
const agreementStatusDe: Record<string, string> = {
  DRAFT: 'Entwurf',
  SENT: 'Versandt',
  FINANCED: 'Finanziert',
  CANCELLED: 'Abgebrochen',
};

/** The export sheets: the same numbers as the API, from the ledger and the domain tables of the contract. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statements: StatementService,
  ) {}

  /** One row per entry: a transaction's rows share its id and sum to zero. */
  async ledger(partnershipId: string, year?: number): Promise<Sheet> {
    const rows: {
      booked_on: string;
      id: string;
      kind: string;
      description: string;
      code: string;
      account_kind: string;
      organisation: string | null;
      purpose: string | null;
      amount_cents: string;
    }[] = await this.dataSource.query(
      `SELECT j.booked_on::text AS booked_on, j.id, j.kind, j.description, j.code, j.account_kind, o.name AS organisation, p.label_de AS purpose, j.amount_cents::text AS amount_cents
           FROM ${journalSql({ partnership: '$1', period: year === undefined ? undefined : { from: '$2', to: '$3' } })} j
           LEFT JOIN organisations o ON o.id = j.organisation_id
           LEFT JOIN fund_purposes p ON p.id = j.purpose_id
          ORDER BY j.booked_on, j.created_at, j.id, j.entry_id`,
      year === undefined ? [partnershipId] : [partnershipId, `${year}-01-01`, `${year}-12-31`],
    );
    return {
      name: year === undefined ? 'Buchungen' : `Buchungen ${year}`,
      columns: [
        { header: 'Datum', width: 12 },
        { header: 'Buchung', width: 38 },
        { header: 'Art', width: 20 },
        { header: 'Beschreibung', width: 50 },
        { header: 'Konto', width: 16 },
        { header: 'Organisation / Zweck', width: 36 },
        { header: 'Soll (EUR)', width: 16 },
        { header: 'Haben (EUR)', width: 16 },
      ],
      rows: rows.map((r) => {
        const cents = BigInt(r.amount_cents);
        return [
          date(r.booked_on),
          text(r.id),
          text(transactionKindDe[r.kind] ?? r.kind),
          text(r.description),
          text(accountKindDe[r.account_kind] ?? r.account_kind),
          text(r.organisation ?? r.purpose ?? (r.account_kind === 'FUND' ? 'Allgemeiner Fonds' : null)),
          cents > 0n ? money(cents) : null,
          cents < 0n ? money(-cents) : null,
        ];
      }),
    };
  }

  async statement(partnershipId: string, organisationId: string, year: number): Promise<Sheet> {
    const [s, [checkpoint]] = await Promise.all([
      this.statements.statement(partnershipId, organisationId, year),
      readCheckpoints(this.dataSource, [partnershipId]),
    ]);
    return {
      name: `Auszug ${year}`,
      columns: [
        { header: 'Datum', width: 12 },
        { header: 'Bereich', width: 18 },
        { header: 'Beschreibung', width: 60 },
        { header: 'Betrag (EUR)', width: 16 },
      ],
      rows: [
        [null, text('Organisation'), text(s.organisationName), null],
        [
          date(`${year}-01-01`),
          text('Anfangssaldo'),
          text('Forderung zu Jahresbeginn (positiv: offen, negativ: Guthaben)'),
          money(s.openingBalanceCents),
        ],
        ...s.lines.map((l) => [
          date(l.bookedOn),
          text(categoryDe[l.category]),
          text(l.description),
          money(l.amountCents),
        ]),
        [
          date(`${year}-12-31`),
          text('Endsaldo'),
          text('Anfangssaldo plus Buchungen des Jahres'),
          money(s.closingBalanceCents),
        ],
        ...s.contributions.map((l) => [
          date(l.bookedOn),
          text('Fondsbeitrag'),
          text(l.description),
          money(l.amountCents),
        ]),
        ...s.savings.map((v) => [
          null,
          text('Ersparnis'),
          text(
            `${v.title}: Gesamt ${germanCents(v.totalCents)} EUR minus eigener Anteil ${germanCents(v.shareCents)} EUR`,
          ),
          money(v.savedCents),
        ]),
        // The chain head as this file was made: whoever keeps the file can later check it against the audit log.
        ...(checkpoint
          ? [
              [
                null,
                text('Prüfpunkt'),
                text(`Audit-Protokoll Nr. ${checkpoint.sequence}, SHA-256 ${checkpoint.hash}`),
                null,
              ],
            ]
          : []),
      ],
    };
  }

  async agreements(partnershipId: string, year?: number): Promise<Sheet> {
    const rows: {
      title: string;
      number: number | null;
      request_title: string | null;
      status: string;
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
      name: 'Vereinbarungen',
      columns: [
        { header: 'Titel', width: 40 },
        { header: 'Anliegen', width: 40 },
        { header: 'Status', width: 14 },
        { header: 'Gesamtbetrag (EUR)', width: 18 },
        { header: 'Anbieter', width: 30 },
        { header: 'Wiederkehrend', width: 14 },
        { header: 'Jahr', width: 8 },
      ],
      rows: rows.map((r) => [
        text(r.title),
        text(r.number === null ? null : `#${r.number} ${r.request_title}`),
        text(agreementStatusDe[r.status] ?? r.status),
        money(r.total_cents),
        text(r.provider),
        text(r.recurring ? 'ja' : 'nein'),
        int(r.year),
      ]),
    };
  }

  async invoices(partnershipId: string, year?: number): Promise<Sheet> {
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
      name: 'Beitragsrechnungen',
      columns: [
        { header: 'Nummer', width: 16 },
        { header: 'Jahr', width: 8 },
        { header: 'Organisation', width: 40 },
        { header: 'Betrag (EUR)', width: 16 },
        { header: 'Ausgestellt am', width: 14 },
        { header: 'Fällig am', width: 14 },
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
