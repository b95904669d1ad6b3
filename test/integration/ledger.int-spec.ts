import { Client } from 'pg';
import { AppError } from '../../server/src/common/graphql/app-error';
import { msg, render } from '../../server/src/common/i18n/messages';
import { feeInvoicePosting, paymentPosting } from '../../server/src/finance/ledger/ledger';
import { LedgerService, PostInput } from '../../server/src/finance/ledger/ledger.service';
import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const REVERSE = `mutation($input: ReverseLedgerTransactionInput!) { reverseLedgerTransaction(input: $input) { id kind bookedOn reversesId description } }`;
const JOURNAL = `query($partnershipId: ID!, $year: Int, $kind: TransactionKind, $organisationId: ID, $first: Int, $after: String) {
  ledgerTransactions(partnershipId: $partnershipId, year: $year, kind: $kind, organisationId: $organisationId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind bookedOn description reversedById counterparty { name }
      entries { amountCents account { code kind organisation { name } purpose { key } } } }
  } }`;
const BALANCES = `query($partnershipId: ID!) { accountBalances(partnershipId: $partnershipId) { code kind balanceCents entryCount organisation { name } } }`;

interface JournalNode {
  id: string;
  kind: string;
  bookedOn: string;
  description: string;
  reversedById: string | null;
  counterparty: { name: string } | null;
  entries: { amountCents: string; account: { code: string; kind: string; organisation: { name: string } | null } }[];
}

let t: TestApp;
let ledger: LedgerService;
let partnershipId: string;
let member: { id: string; name: string };
let treasurer: string;
let observer: string;
let otherTreasurer: string;

async function post(
  input: Omit<PostInput, 'partnershipId' | 'actorUserId'> & { partnershipId?: string },
): Promise<string> {
  const transaction = await t.dataSource.transaction((manager) =>
    ledger.post(manager, { partnershipId, actorUserId: null, ...input }),
  );
  return transaction.id;
}

beforeAll(async () => {
  // No vote or survey job runs during the tests: the statement counts below would count their queries too.
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
  ledger = t.app.get(LedgerService);
  const partnership = await createPartnership(t, { slug: 'ledger-verbund' });
  partnershipId = partnership.id;
  member = await createOrganisation(t, { name: 'Stadt Buchhausen' });
  await addMember(t, partnershipId, member.id);
  treasurer = await t.createUser('kasse@ledger.example', { roles: [{ partnershipId, role: 'TREASURER' }] });
  observer = await t.createUser('blick@ledger.example', { roles: [{ partnershipId, role: 'OBSERVER' }] });
  const other = await createPartnership(t, { slug: 'anderer-verbund' });
  otherTreasurer = await t.createUser('kasse@anderer.example', {
    roles: [{ partnershipId: other.id, role: 'TREASURER' }],
  });
});
afterAll(() => t.close());

describe('the books are append-only and balanced', () => {
  it('rejects UPDATE and DELETE of entries and transactions', async () => {
    const id = await post({
      kind: 'FEE_INVOICE',
      bookedOn: '2027-01-10',
      description: 'Beitrag 2027',
      postings: feeInvoicePosting(member.id, 100000n),
      counterpartyOrganisationId: member.id,
    });
    const attempts = [
      `UPDATE ledger_entries SET amount_cents = amount_cents * 2 WHERE transaction_id = '${id}'`,
      `DELETE FROM ledger_entries WHERE transaction_id = '${id}'`,
      `UPDATE ledger_transactions SET description = 'geändert' WHERE id = '${id}'`,
      `DELETE FROM ledger_transactions WHERE id = '${id}'`,
      `TRUNCATE ledger_entries`,
    ];
    // As the owner: the app's own role may not even try (trust-least-privilege.int-spec.ts).
    const owner = await t.owner();
    for (const sql of attempts)
      await expect(owner.query(sql)).rejects.toThrow(
        /the ledger is append-only: (UPDATE|DELETE|TRUNCATE) on ledger_(entries|transactions) is not allowed/,
      );
    const [{ sum }] = await t.dataSource.query(
      `SELECT sum(amount_cents)::text AS sum, count(*) FROM ledger_entries WHERE transaction_id = $1 AND amount_cents > 0`,
      [id],
    );
    expect(sum).toBe('100000');
  });

  it('rejects an unbalanced transaction at commit, and keeps nothing of it', async () => {
    const [account] = await t.dataSource
      .query(`SELECT id FROM finance_accounts WHERE partnership_id = $1 AND code = 'BANK'`, [partnershipId])
      .then(async (rows) => {
        if (rows.length) return rows;
        return t.dataSource.query(
          `INSERT INTO finance_accounts (partnership_id, code, kind) VALUES ($1, 'BANK', 'BANK') RETURNING id`,
          [partnershipId],
        );
      });
    const [income] = await t.dataSource.query(
      `SELECT id FROM finance_accounts WHERE partnership_id = $1 AND code = 'INCOME:FEES'`,
      [partnershipId],
    );
    const attempt = t.dataSource.transaction(async (manager) => {
      const [tx] = await manager.query(
        `INSERT INTO ledger_transactions (partnership_id, kind, booked_on, description) VALUES ($1, 'PAYMENT', '2027-02-01', 'schief') RETURNING id`,
        [partnershipId],
      );
      await manager.query(
        `INSERT INTO ledger_entries (transaction_id, partnership_id, account_id, amount_cents, currency, booked_on) VALUES ($1, $2, $3, 500, 'EUR', '2027-02-01'), ($1, $2, $4, -499, 'EUR', '2027-02-01')`,
        [tx.id, partnershipId, account.id, income.id],
      );
    });
    await expect(attempt).rejects.toThrow(/does not balance: its entries sum to EUR 1 cents, not zero/);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM ledger_transactions WHERE description = 'schief'`,
    );
    expect(count).toBe(0);
  });

  it('refuses an unbalanced posting through the service with a clear message', async () => {
    await expect(
      post({
        kind: 'PAYMENT',
        bookedOn: '2027-02-01',
        description: 'x',
        postings: [
          { account: { kind: 'BANK' }, amountCents: 5n },
          { account: { kind: 'RECEIVABLE', organisationId: member.id }, amountCents: -4n },
        ],
      }),
    ).rejects.toThrow('The posting does not balance: the entries sum to 1 cents, not zero');
  });
});

describe('reversal through the API', () => {
  let paymentId: string;

  beforeAll(async () => {
    paymentId = await post({
      kind: 'PAYMENT',
      bookedOn: '2027-03-01',
      description: 'Zahlung Stadt Buchhausen',
      postings: paymentPosting(member.id, 40000n),
      counterpartyOrganisationId: member.id,
      source: { type: 'PAYMENT', id: member.id },
    });
  });

  it('refuses a reversal booked before the original, and anyone but FINANCE_MANAGE', async () => {
    const early = await t.gqlAs(treasurer, REVERSE, {
      input: { transactionId: paymentId, reason: 'Doppelt erfasst', bookedOn: '2027-02-28' },
    });
    expect(early.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0].message).toBe(
      'Eine Stornierung kann nicht vor der Buchung gebucht werden, die sie storniert (2027-03-01), angegeben: 2027-02-28',
    );
    const short = await t.gqlAs(treasurer, REVERSE, {
      input: { transactionId: paymentId, reason: 'x', bookedOn: '2027-03-02' },
    });
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const cookie of [observer, otherTreasurer]) {
      const body = await t.gqlAs(cookie, REVERSE, {
        input: { transactionId: paymentId, reason: 'Doppelt erfasst', bookedOn: '2027-03-02' },
      });
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('nets to zero with the original, and is refused twice and for the reversal itself', async () => {
    const before = await t.ok<{ accountBalances: { code: string; balanceCents: string }[] }>(treasurer, BALANCES, {
      partnershipId,
    });
    const { reverseLedgerTransaction: reversal } = await t.ok<{
      reverseLedgerTransaction: { id: string; kind: string; reversesId: string; description: string };
    }>(treasurer, REVERSE, {
      input: { transactionId: paymentId, reason: 'Doppelt erfasst', bookedOn: '2027-03-02' },
    });
    expect(reversal).toMatchObject({
      kind: 'REVERSAL',
      reversesId: paymentId,
      description: 'Storno: Doppelt erfasst',
    });
    const [{ sum }] = await t.dataSource.query(
      `SELECT sum(amount_cents)::text AS sum FROM ledger_entries e JOIN finance_accounts a ON a.id = e.account_id WHERE transaction_id = ANY($1::uuid[]) AND a.code = 'BANK'`,
      [[paymentId, reversal.id]],
    );
    expect(sum).toBe('0');
    const after = await t.ok<{ accountBalances: { code: string; balanceCents: string }[] }>(treasurer, BALANCES, {
      partnershipId,
    });
    const bank = (rows: { code: string; balanceCents: string }[]) =>
      BigInt(rows.find((r) => r.code === 'BANK')?.balanceCents ?? '0');
    expect(bank(after.accountBalances) - bank(before.accountBalances)).toBe(-40000n);

    const twice = await t.gqlAs(treasurer, REVERSE, {
      input: { transactionId: paymentId, reason: 'Noch einmal', bookedOn: '2027-03-03' },
    });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(twice.errors?.[0].message).toBe(`Diese Buchung wurde schon durch ${reversal.id} storniert`);
    const ofReversal = await t.gqlAs(treasurer, REVERSE, {
      input: { transactionId: reversal.id, reason: 'Zurück', bookedOn: '2027-03-03' },
    });
    expect(ofReversal.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(ofReversal.errors?.[0].message).toBe(
      'Eine Stornierung kann nicht storniert werden; buchen Sie stattdessen die ursprüngliche Bewegung erneut',
    );
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE action = 'ledger.reversed' AND subject_id = $1`,
      [reversal.id],
    );
    expect(count).toBe(1);
  });

  it('asks the domain check its module registered, and changes nothing when it refuses', async () => {
    const refusal = msg('fundPayout.paidOutAgainst', { disbursed: '7.00' });
    ledger.registerReversalCheck('TEST_GUARDED', async () => {
      throw new AppError('CONFLICT', refusal);
    });
    const guarded = await post({
      kind: 'FEE_INVOICE',
      bookedOn: '2027-04-01',
      description: 'Geschützt',
      postings: feeInvoicePosting(member.id, 700n),
      source: { type: 'TEST_GUARDED', id: member.id },
    });
    const body = await t.gqlAs(treasurer, REVERSE, {
      input: { transactionId: guarded, reason: 'Versuch', bookedOn: '2027-04-02' },
    });
    expect(body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(body.errors?.[0]).toMatchObject({
      message: render(refusal, 'de'),
      extensions: { messageKey: 'fundPayout.paidOutAgainst' },
    });
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM ledger_transactions WHERE reverses_id = $1`,
      [guarded],
    );
    expect(count).toBe(0);
  });

  it('answers NOT_FOUND for an unknown transaction', async () => {
    const body = await t.gqlAs(treasurer, REVERSE, {
      input: { transactionId: '00000000-0000-4000-8000-000000000000', reason: 'Versuch', bookedOn: '2027-04-02' },
    });
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the journal', () => {
  it('lists newest first in pages, with entries, accounts and organisation names, and filters by year, kind and organisation', async () => {
    for (let i = 1; i <= 5; i += 1) {
      await post({
        kind: 'PAYMENT',
        bookedOn: `2028-01-0${i}`,
        description: `Zahlung ${i}`,
        postings: paymentPosting(member.id, BigInt(i * 100)),
        counterpartyOrganisationId: member.id,
      });
    }
    const seen: JournalNode[] = [];
    let after: string | null = null;
    do {
      const page: {
        ledgerTransactions: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: JournalNode[];
        };
      } = await t.ok(treasurer, JOURNAL, { partnershipId, year: 2028, first: 2, after });
      expect(page.ledgerTransactions.totalCount).toBe(5);
      seen.push(...page.ledgerTransactions.nodes);
      after = page.ledgerTransactions.pageInfo.hasNextPage ? page.ledgerTransactions.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((n) => n.description)).toEqual(['Zahlung 5', 'Zahlung 4', 'Zahlung 3', 'Zahlung 2', 'Zahlung 1']);
    expect(seen[0].counterparty?.name).toBe('Stadt Buchhausen');
    expect(seen[0].entries).toEqual([
      { amountCents: '500', account: { code: 'BANK', kind: 'BANK', organisation: null, purpose: null } },
      {
        amountCents: '-500',
        account: {
          code: `RECEIVABLE:${member.id}`,
          kind: 'RECEIVABLE',
          organisation: { name: 'Stadt Buchhausen' },
          purpose: null,
        },
      },
    ]);

    // The portal sends unset filters as null.
    const unfiltered = await t.ok<{ ledgerTransactions: { totalCount: number } }>(treasurer, JOURNAL, {
      partnershipId,
      year: null,
      kind: null,
      organisationId: null,
      first: 1,
    });
    expect(unfiltered.ledgerTransactions.totalCount).toBeGreaterThanOrEqual(9);
    const reversals = await t.ok<{ ledgerTransactions: { nodes: JournalNode[] } }>(treasurer, JOURNAL, {
      partnershipId,
      kind: 'REVERSAL',
    });
    expect(reversals.ledgerTransactions.nodes.map((n) => n.kind)).toEqual(['REVERSAL']);
    const reversed = await t.ok<{ ledgerTransactions: { nodes: JournalNode[] } }>(treasurer, JOURNAL, {
      partnershipId,
      year: 2027,
      kind: 'PAYMENT',
    });
    expect(reversed.ledgerTransactions.nodes[0].reversedById).toBe(reversals.ledgerTransactions.nodes[0].id);
    const stranger = await createOrganisation(t, { name: 'Gemeinde Fremd' });
    const none = await t.ok<{ ledgerTransactions: { totalCount: number } }>(treasurer, JOURNAL, {
      partnershipId,
      organisationId: stranger.id,
    });
    expect(none.ledgerTransactions.totalCount).toBe(0);
    const mine = await t.ok<{ ledgerTransactions: { totalCount: number } }>(treasurer, JOURNAL, {
      partnershipId,
      organisationId: member.id,
    });
    expect(mine.ledgerTransactions.totalCount).toBeGreaterThanOrEqual(8);
  });

  it('pages the journal with a constant number of SQL statements, whatever the page length', async () => {
    const count = async (first: number) => {
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        const body = await t.gqlAs<{ ledgerTransactions: { nodes: JournalNode[] } }>(treasurer, JOURNAL, {
          partnershipId,
          first,
        });
        expect(body.errors).toBeUndefined();
        expect(body.data?.ledgerTransactions.nodes.length).toBe(first);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    expect(await count(2)).toBe(await count(8));
  });

  it('is closed to another partnership’s treasurer and to an observer', async () => {
    for (const cookie of [otherTreasurer, observer]) {
      for (const query of [JOURNAL, BALANCES]) {
        const body = await t.gqlAs(cookie, query, { partnershipId });
        expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(JSON.stringify(body)).not.toContain('Buchhausen');
      }
    }
  });
});
