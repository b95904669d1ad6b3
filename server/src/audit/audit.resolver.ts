import { Args, Context, Field, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../common/auth/permissions';
import {
  parentPartnership,
  partnershipArg,
  RequirePermission,
  RequireReadable,
} from '../common/auth/access.decorators';
import { IdArg } from '../common/graphql/id-arg';
import { Connection } from '../common/graphql/pagination';
import { SearchPageArgs } from '../common/graphql/search';
import type { GraphQLContext } from '../loaders';
import { Partnership } from '../partnerships/partnership.entity';
import { AuditCheckpoint, AuditCheckpointCheck } from './audit-checkpoint';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEventConnection') {}

@ObjectType({ description: 'Result of checking every hash of a partnership’s audit chain.' })
export class AuditChainStatus {
  @Field({ description: 'True when every event matches its hash and points at the one before.' })
  valid: boolean;

  @Field(() => Int, { description: 'Number of events checked.' })
  length: number;

  @Field(() => Int, { nullable: true, description: 'Sequence number of the first event that breaks the chain.' })
  brokenAtSequence: number | null;

  @Field(() => String, { nullable: true, description: 'Why the chain breaks there.' })
  reason: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hash of the newest event, to compare with a copy kept elsewhere.',
  })
  lastHash: string | null;
}

/** The audit log hangs off its partnership: `partnership(slug) { auditLog { … } auditChainStatus { … } }`. */
@Resolver(() => Partnership)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @RequirePermission(Permission.AUDIT_READ, parentPartnership)
  @ResolveField(() => AuditEventConnection, {
    description:
      'The audit log, newest first; search looks in the action, the subject and the details (e.g. a receipt).',
  })
  auditLog(@Parent() partnership: Partnership, @Args() page: SearchPageArgs) {
    return this.audit.list(partnership.id, page.first, page.after, page.search);
  }

  @RequirePermission(Permission.AUDIT_READ, parentPartnership)
  @ResolveField(() => AuditChainStatus, { description: 'Checks every hash of the audit chain.' })
  async auditChainStatus(@Parent() partnership: Partnership): Promise<AuditChainStatus> {
    const status = await this.audit.verify(partnership.id);
    return status.valid
      ? { valid: true, length: status.length, brokenAtSequence: null, reason: null, lastHash: status.lastHash }
      : {
          valid: false,
          length: status.length,
          brokenAtSequence: status.brokenAt,
          reason: status.reason,
          lastHash: null,
        };
  }

  // The head reveals no event, only how many there are: as readable as the partnership's minutes, which print it.
  @RequireReadable(parentPartnership)
  @ResolveField(() => AuditCheckpoint, {
    nullable: true,
    description: 'The head of the audit chain now, to keep and check later (null: no event yet).',
  })
  auditCheckpoint(@Parent() partnership: Partnership, @Context() ctx: GraphQLContext) {
    return ctx.loaders.auditCheckpoint.load(partnership.id);
  }

  // Reads and verifies the chain up to the checkpoint, as auditChainStatus does all of it: for the same people.
  @RequirePermission(Permission.AUDIT_READ, partnershipArg('partnershipId'))
  @Query(() => AuditCheckpointCheck, {
    description:
      'Whether the partnership’s audit log still holds a checkpoint printed on a ballot receipt, in session minutes or on a statement.',
  })
  auditCheckpointCheck(
    @IdArg('partnershipId') partnershipId: string,
    @Args('sequence', { type: () => Int }) sequence: number,
    @Args('hash') hash: string,
  ): Promise<AuditCheckpointCheck> {
    return this.audit.checkCheckpoint(partnershipId, { sequence, hash });
  }
}
