import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../common/graphql/id-arg';
import { Permission } from '../../common/auth/permissions';
import {
  CurrentViewer,
  partnershipArg,
  PartnershipLocator,
  partnershipOf,
  Public,
  RequirePermission,
} from '../../common/auth/access.decorators';
import { Viewer } from '../../auth/viewer';
import { languageOf } from '../../common/i18n/messages';
import { renderStored } from '../../common/i18n/stored-text';
import { GraphQLContext } from '../../loaders';
import { Organisation } from '../../organisations/organisation.entity';
import { LedgerTransactionsArgs, ReverseLedgerTransactionInput } from './dto/ledger.inputs';
import { FinanceAccount, LedgerEntry, LedgerTransaction } from './ledger.entities';
import { LedgerQueries } from './ledger-queries';
import { AccountBalanceType, AccountPurposeType, LedgerTransactionConnection } from './ledger.types';

/** A field of a ledger record: its partnership is on the parent. */
const parentRecord: PartnershipLocator = async ({ parent }) => (parent as { partnershipId: string }).partnershipId;

@Resolver(() => LedgerTransaction)
export class LedgerTransactionsResolver {
  constructor(private readonly queries: LedgerQueries) {}

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => LedgerTransactionConnection, {
    description: 'The journal, newest first; filter by year, kind and organisation.',
  })
  ledgerTransactions(@Args() args: LedgerTransactionsArgs) {
    return this.queries.transactions(args.partnershipId, args);
  }

  @RequirePermission(Permission.FINANCE_READ, partnershipArg('partnershipId'))
  @Query(() => [AccountBalanceType], { description: 'Every account of the partnership with the sum of its entries.' })
  accountBalances(@IdArg('partnershipId') partnershipId: string) {
    return this.queries.balances(partnershipId);
  }

  @RequirePermission(Permission.FINANCE_MANAGE, partnershipOf(LedgerTransaction, 'input.transactionId'))
  @Mutation(() => LedgerTransaction, {
    description:
      'Cancels a movement by posting its entries with opposite signs. Refused for a reversal, for one already reversed, before the original’s date, or when its module forbids it.',
  })
  reverseLedgerTransaction(@CurrentViewer() viewer: Viewer, @Args('input') input: ReverseLedgerTransactionInput) {
    return this.queries.reverse(viewer, input);
  }

  // A plain text of a record its parent's field already let the reader see.
  @Public()
  @ResolveField(() => String, { description: 'The booking text, in the reader’s language.' })
  description(@Parent() transaction: LedgerTransaction, @Context() ctx: GraphQLContext): string {
    return renderStored(
      transaction.description,
      { key: transaction.descriptionKey, params: transaction.descriptionParams },
      languageOf(ctx),
    );
  }

  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => [LedgerEntry])
  entries(@Parent() transaction: LedgerTransaction, @Context() ctx: GraphQLContext) {
    return ctx.loaders.ledger.entriesByTransaction.load(transaction.id);
  }

  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => Organisation, {
    nullable: true,
    description: 'The member, contributor or provider the movement is with.',
  })
  counterparty(@Parent() transaction: LedgerTransaction, @Context() ctx: GraphQLContext) {
    return transaction.counterpartyOrganisationId
      ? ctx.loaders.organisation.load(transaction.counterpartyOrganisationId)
      : null;
  }

  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => ID, { nullable: true, description: 'The reversal that cancelled this movement, if any.' })
  reversedById(@Parent() transaction: LedgerTransaction, @Context() ctx: GraphQLContext) {
    return ctx.loaders.ledger.reversalOf.load(transaction.id);
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => FinanceAccount)
  account(@Parent() entry: LedgerEntry, @Context() ctx: GraphQLContext) {
    return ctx.loaders.ledger.account.load(entry.accountId);
  }
}

/** The organisation and purpose of an account, for both the account itself and its balance row. */
abstract class AccountFields {
  protected organisationOf(organisationId: string | null, ctx: GraphQLContext) {
    return organisationId ? ctx.loaders.organisation.load(organisationId) : null;
  }

  protected purposeOf(purposeId: string | null, ctx: GraphQLContext) {
    return purposeId ? ctx.loaders.ledger.purpose.load(purposeId) : null;
  }
}

@Resolver(() => FinanceAccount)
export class FinanceAccountResolver extends AccountFields {
  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => Organisation, {
    nullable: true,
    description: 'The member or provider of a RECEIVABLE or PAYABLE account.',
  })
  organisation(@Parent() account: FinanceAccount, @Context() ctx: GraphQLContext) {
    return this.organisationOf(account.organisationId, ctx);
  }

  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => AccountPurposeType, {
    nullable: true,
    description: 'The purpose of a FUND or ALLOCATED account; null for the general fund.',
  })
  purpose(@Parent() account: FinanceAccount, @Context() ctx: GraphQLContext) {
    return this.purposeOf(account.purposeId, ctx);
  }
}

@Resolver(() => AccountBalanceType)
export class AccountBalanceResolver extends AccountFields {
  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() balance: AccountBalanceType, @Context() ctx: GraphQLContext) {
    return this.organisationOf(balance.organisationId, ctx);
  }

  @RequirePermission(Permission.FINANCE_READ, parentRecord)
  @ResolveField(() => AccountPurposeType, { nullable: true })
  purpose(@Parent() balance: AccountBalanceType, @Context() ctx: GraphQLContext) {
    return this.purposeOf(balance.purposeId, ctx);
  }
}
