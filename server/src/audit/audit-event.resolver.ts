import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Public } from '../common/auth/access.decorators';
import { isMessageRef, languageOf, MessageLanguage, render } from '../common/i18n/messages';
import type { GraphQLContext } from '../loaders';
import { AuditEvent } from './audit-event.entity';

/**
 * A payload keeps what the server stored (a booking text, a timeline reason) as a message: key and parameters,
 * so that the hash covers no one language. The reader gets those texts rendered in their language.
 */
export function renderPayloadMessages(value: unknown, language: MessageLanguage): unknown {
  if (Array.isArray(value)) return value.map((item) => renderPayloadMessages(item, language));
  if (typeof value !== 'object' || value === null) return value;
  if (isMessageRef(value) && value.key.startsWith('records.')) return render(value, language);
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, renderPayloadMessages(item, language)]));
}

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  // The event's own field: whoever reached the event (auditLog, guarded by AUDIT_READ) may read it.
  @Public()
  @ResolveField(() => GraphQLJSONObject, {
    description: 'What the event recorded; texts the server stored as messages come in the reader’s language.',
  })
  payload(@Parent() event: AuditEvent, @Context() ctx: GraphQLContext): Record<string, unknown> {
    return renderPayloadMessages(event.payload, languageOf(ctx)) as Record<string, unknown>;
  }
}
