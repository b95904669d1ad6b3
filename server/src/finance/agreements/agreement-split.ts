import { EntityManager } from 'typeorm';
import { Permission, rolePermissions } from '../../common/auth/permissions';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { list, MessageRef, msg } from '../../common/i18n/messages';
import { storedMessage } from '../../common/i18n/stored-text';
import { costSharePosting } from '../ledger/ledger';
import { LedgerService } from '../ledger/ledger.service';
import { Share, splitCost, SplitError, SplitMethod, SplitParticipant } from './allocate';
import { CostAgreement, CostAgreementVersion, CostShareRow } from './agreements.entities';
import { CostSplitMethod } from './agreement-enums';

/** What the API takes per participant before the database fills in names, populations and fees. */
export interface ParticipantInput {
  organisationId: string;
  weight?: number | null;
  amountCents?: string | null;
}

/**
 * Loads what a split needs (names, populations, the year's fee invoices), checks every participant is an
 * active member, and splits. Bad input becomes BAD_USER_INPUT naming the field.
 */
export async function computeSplit(
  manager: EntityManager,
  partnershipId: string,
  method: SplitMethod,
  totalCents: bigint,
  participants: readonly ParticipantInput[],
  year: number,
): Promise<Share[]> {
  const ids = participants.map((p) => p.organisationId);
  const rows: { id: string; name: string; population: number | null; status: string | null }[] = await manager.query(
    `SELECT o.id, o.name, o.population, m.status
       FROM organisations o LEFT JOIN memberships m ON m.organisation_id = o.id AND m.partnership_id = $1
      WHERE o.id = ANY($2::uuid[])`,
    [partnershipId, ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length)
    throw AppError.badInput({ participants: [msg('agreement.unknownParticipants', { ids: list(unknown, 'comma') })] });
  const outside = rows.filter((r) => r.status !== 'ACTIVE');
  if (outside.length)
    throw AppError.badInput({
      participants: [
        msg('agreement.participantsNotMembers', {
          names: list(
            outside.map((r) => r.name),
            'and',
          ),
        }),
      ],
    });
  const fees = new Map<string, bigint>();
  if (method === 'FEE') {
    const invoices: { organisation_id: string; amount_cents: string }[] = await manager.query(
      `SELECT organisation_id, sum(amount_cents)::bigint AS amount_cents FROM fee_invoices
        WHERE partnership_id = $1 AND year = $2 AND organisation_id = ANY($3::uuid[]) GROUP BY organisation_id`,
      [partnershipId, year, ids],
    );
    for (const i of invoices) fees.set(i.organisation_id, BigInt(i.amount_cents));
  }
  const split: SplitParticipant[] = participants.map((p) => {
    const row = byId.get(p.organisationId)!;
    return {
      organisationId: p.organisationId,
      name: method === 'FEE' ? `${row.name} (${year})` : row.name,
      population: row.population,
      weight: p.weight ?? null,
      feeCents: fees.get(p.organisationId) ?? null,
      amountCents: p.amountCents ? BigInt(p.amountCents) : null,
    };
  });
  try {
    return splitCost(totalCents, method, split);
  } catch (error) {
    if (error instanceof SplitError) throw AppError.badInput({ [error.field]: [error.messageRef] });
    throw error;
  }
}

/** Saves a split as the agreement's given version, shares in the order the participants were given. */
export async function saveVersion(
  manager: EntityManager,
  agreement: CostAgreement,
  input: {
    version: number;
    method: CostSplitMethod;
    shares: readonly Share[];
    /** What a person typed, or the system's own reason (a module split redone). */
    reason: string | MessageRef;
    actorUserId: string | null;
  },
): Promise<CostAgreementVersion> {
  const reason = typeof input.reason === 'string' ? null : storedMessage(input.reason);
  const version = await manager.save(
    CostAgreementVersion,
    manager.create(CostAgreementVersion, {
      agreementId: agreement.id,
      partnershipId: agreement.partnershipId,
      version: input.version,
      method: input.method,
      totalCents: agreement.totalCents,
      reason: typeof input.reason === 'string' ? input.reason : '',
      reasonKey: reason?.key ?? null,
      reasonParams: reason?.params ?? null,
      createdByUserId: input.actorUserId,
    }),
  );
  await manager.insert(
    CostShareRow,
    input.shares.map((s, position) => ({
      versionId: version.id,
      agreementId: agreement.id,
      partnershipId: agreement.partnershipId,
      organisationId: s.organisationId,
      position,
      amountCents: s.amountCents.toString(),
      basis: s.basis.toString(),
      exactCents: s.exactCents,
      roundedUp: s.roundedUp,
    })),
  );
  return version;
}

/** Posts a version's shares: each participant owes its share, the partnership owes the provider the total. */
export async function postVersion(
  manager: EntityManager,
  ledger: LedgerService,
  agreement: CostAgreement,
  version: CostAgreementVersion,
  bookedOn: string,
  actorUserId: string | null,
): Promise<string> {
  const shares = await manager.find(CostShareRow, { where: { versionId: version.id }, order: { position: 'ASC' } });
  // A share of 0 cents (a total of fewer cents than participants) owes nothing and books nothing.
  const owing = shares
    .filter((s) => BigInt(s.amountCents) > 0n)
    .map((s) => ({ organisationId: s.organisationId, amountCents: BigInt(s.amountCents) }));
  const transaction = await ledger.post(manager, {
    partnershipId: agreement.partnershipId,
    kind: 'COST_SHARE',
    bookedOn,
    description: msg('records.ledger.costShare', { title: agreement.title, version: version.version }),
    postings: costSharePosting(agreement.providerOrganisationId, owing),
    source: { type: 'COST_AGREEMENT', id: agreement.id },
    counterpartyOrganisationId: null,
    actorUserId,
  });
  await manager.update(CostAgreementVersion, { id: version.id }, { transactionId: transaction.id });
  version.transactionId = transaction.id;
  return transaction.id;
}

/** The organisations in this partnership the viewer may sign for. */
export function representedOrganisations(viewer: Viewer | null, partnershipId: string): string[] {
  if (!viewer) return [];
  return viewer.roles
    .filter(
      (r) =>
        r.partnershipId === partnershipId &&
        r.organisationId &&
        rolePermissions[r.role].includes(Permission.CONTRACTS_SIGN),
    )
    .map((r) => r.organisationId as string);
}
