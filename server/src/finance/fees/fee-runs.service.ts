import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit/audit-append';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { msg } from '../../common/i18n/messages';
import { today } from '../../common/civil-date';
import { feeInvoicePosting } from '../ledger/ledger';
import { LedgerService } from '../ledger/ledger.service';
import { RunFeesInput } from './dto/fee.inputs';
import { computeFee, explanationRecord, FeeMember, FeeScheduleRule, invoiceNumber } from './fees';
import { StoredExplanation } from './fees.entities';
import { FeeScheduleService } from './fee-schedule.service';
import { FeeExplanationType, FeeRunLine, FeeRunLineStatus, FeeRunPreview, FeeRunResult } from './fees.types';

interface PlannedLine extends FeeRunLine {
  name: string;
  amount: bigint;
}

/**
 * The yearly fee run: one invoice per active member and year, each with its FEE_INVOICE posting in the same
 * transaction. The schedule row is locked for the run, so two runs at once take turns and the second finds
 * the first one's invoices; the unique (partnership, organisation, year) stops a duplicate even so.
 */
@Injectable()
export class FeeRunsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schedules: FeeScheduleService,
    private readonly ledger: LedgerService,
  ) {}

  async preview(partnershipId: string, year: number): Promise<FeeRunPreview> {
    const lines = await this.plan(
      this.dataSource.manager,
      partnershipId,
      await this.schedules.rule(this.dataSource.manager, partnershipId, false),
      year,
    );
    return summarise(year, lines);
  }

  async run(viewer: Viewer, input: RunFeesInput): Promise<FeeRunResult> {
    const issuedOn = input.issuedOn ?? defaultIssueDate(input.year, today());
    if (Number(issuedOn.slice(0, 4)) !== input.year) {
      throw AppError.badInput({ issuedOn: [msg('fees.issuedOnYear', { year: input.year, issuedOn })] });
    }
    return this.dataSource.transaction(async (manager) => {
      const rule = await this.schedules.rule(manager, input.partnershipId, true);
      const lines = await this.plan(manager, input.partnershipId, rule, input.year);
      const preview = summarise(input.year, lines);
      if (preview.errors.length > 0) throw AppError.badInput({ members: preview.errors });
      const dueOn = addDays(issuedOn, await this.schedules.dueDays(manager, input.partnershipId));
      const [{ last }] = await manager.query(
        `SELECT coalesce(max(split_part(number, '-', 2)::int), 0)::int AS last FROM fee_invoices WHERE partnership_id = $1 AND year = $2`,
        [input.partnershipId, input.year],
      );
      let sequence: number = last;
      let total = 0n;
      for (const line of lines.filter((l) => l.status === FeeRunLineStatus.WILL_INVOICE)) {
        sequence += 1;
        const id = randomUUID();
        const number = invoiceNumber(input.year, sequence);
        const transaction = await this.ledger.post(manager, {
          partnershipId: input.partnershipId,
          kind: 'FEE_INVOICE',
          bookedOn: issuedOn,
          description: msg('records.ledger.feeInvoice', { year: input.year, number, member: line.name }),
          postings: feeInvoicePosting(line.organisationId, line.amount),
          counterpartyOrganisationId: line.organisationId,
          source: { type: 'FEE_INVOICE', id },
          actorUserId: viewer.user.id,
        });
        // ON CONFLICT as the last guard: the schedule lock already serialises runs of one partnership.
        const inserted = await manager.query(
          `INSERT INTO fee_invoices (id, partnership_id, organisation_id, year, number, amount_cents, issued_on, due_on, explanation, transaction_id, created_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           ON CONFLICT (partnership_id, organisation_id, year) DO NOTHING RETURNING id`,
          [
            id,
            input.partnershipId,
            line.organisationId,
            input.year,
            number,
            line.amount.toString(),
            issuedOn,
            dueOn,
            JSON.stringify(line.explanation),
            transaction.id,
            viewer.user.id,
          ],
        );
        if (inserted.length === 0)
          throw new AppError('CONFLICT', msg('fees.writtenMeanwhile', { name: line.name, year: input.year }));
        line.status = FeeRunLineStatus.EXISTS;
        line.invoiceNumber = number;
        total += line.amount;
      }
      const created = sequence - last;
      await appendAuditEvent(manager, {
        partnershipId: input.partnershipId,
        actorUserId: viewer.user.id,
        action: 'fee.run_executed',
        subjectType: 'FeeSchedule',
        subjectId: input.partnershipId,
        payload: {
          year: input.year,
          issuedOn,
          dueOn,
          created,
          existing: preview.existing,
          totalCents: total.toString(),
        },
      });
      return {
        year: input.year,
        created,
        existing: preview.existing,
        exempt: lines.filter((l) => l.status === FeeRunLineStatus.EXEMPT).length,
        totalCents: total.toString(),
        lines,
      };
    });
  }

  /** Every active member with what the run does for it, sorted by name (the order invoices are numbered in). */
  private async plan(
    manager: EntityManager,
    partnershipId: string,
    rule: FeeScheduleRule,
    year: number,
  ): Promise<PlannedLine[]> {
    const members: {
      organisation_id: string;
      name: string;
      kind: string;
      population: number | null;
      joined_on: string | null;
      left_on: string | null;
    }[] = await manager.query(
      `SELECT m.organisation_id, o.name, o.kind, o.population, m.joined_on::text AS joined_on, m.left_on::text AS left_on
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.partnership_id = $1 AND m.status = 'ACTIVE'`,
      [partnershipId],
    );
    const existing: {
      organisation_id: string;
      number: string;
      amount_cents: string;
      explanation: StoredExplanation;
    }[] = await manager.query(
      `SELECT organisation_id, number, amount_cents, explanation FROM fee_invoices WHERE partnership_id = $1 AND year = $2`,
      [partnershipId, year],
    );
    const byOrganisation = new Map(existing.map((e) => [e.organisation_id, e]));
    members.sort((a, b) => a.name.localeCompare(b.name, 'de') || a.organisation_id.localeCompare(b.organisation_id));
    return members.map((m): PlannedLine => {
      const base = {
        partnershipId,
        organisationId: m.organisation_id,
        name: m.name,
        amount: 0n,
        invoiceNumber: null,
        message: null,
        explanation: null,
        amountCents: null,
      };
      const invoice = byOrganisation.get(m.organisation_id);
      if (invoice) {
        return {
          ...base,
          status: FeeRunLineStatus.EXISTS,
          amountCents: invoice.amount_cents,
          invoiceNumber: invoice.number,
          explanation: explanationType(invoice.explanation),
        };
      }
      const member: FeeMember = {
        organisationId: m.organisation_id,
        name: m.name,
        kind: m.kind,
        population: m.population,
        joinedOn: m.joined_on,
        leftOn: m.left_on,
      };
      const outcome = computeFee(rule, member, year);
      switch (outcome.kind) {
        case 'FEE':
          return {
            ...base,
            status: FeeRunLineStatus.WILL_INVOICE,
            amount: outcome.amountCents,
            amountCents: outcome.amountCents.toString(),
            explanation: explanationRecord(outcome.explanation),
          };
        case 'EXEMPT':
          return {
            ...base,
            status: FeeRunLineStatus.EXEMPT,
            amountCents: '0',
            explanation: explanationRecord(outcome.explanation),
            message: msg('schedule.exempt', { name: m.name, tier: outcome.explanation.tierLabel }),
          };
        case 'NOT_LIABLE':
          return { ...base, status: FeeRunLineStatus.NOT_LIABLE, message: outcome.message };
        case 'NO_TIER':
          return { ...base, status: FeeRunLineStatus.NO_TIER, message: outcome.message };
      }
    });
  }
}

function summarise(year: number, lines: PlannedLine[]): FeeRunPreview {
  const toCreate = lines.filter((l) => l.status === FeeRunLineStatus.WILL_INVOICE);
  return {
    year,
    lines,
    toCreate: toCreate.length,
    existing: lines.filter((l) => l.status === FeeRunLineStatus.EXISTS).length,
    totalCents: toCreate.reduce((sum, l) => sum + l.amount, 0n).toString(),
    errors: lines.flatMap((l) => (l.status === FeeRunLineStatus.NO_TIER && l.message ? [l.message] : [])),
  };
}

export function explanationType(e: StoredExplanation): FeeExplanationType {
  return { ...e };
}

/** Today when it lies in the fee year, else the year's first (a year ahead) or last day (a past year). */
export function defaultIssueDate(year: number, todayIso: string): string {
  const current = Number(todayIso.slice(0, 4));
  if (current === year) return todayIso;
  return current < year ? `${year}-01-01` : `${year}-12-31`;
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
