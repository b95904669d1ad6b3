import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AppError } from '../graphql/app-error';
import { msg } from '../i18n/messages';
import type { BaseGraphQLContext } from '../graphql/context';
import { refuseUnsafeText } from '../graphql/validation';
import { ACCESS_RULE, AccessRule } from './access.decorators';
import { holdsAnywhere, Permission, permissionsIn } from './permissions';

/**
 * Global and deny-by-default: every query, mutation, field resolver and controller names its rule
 * (`@Public`, `@SignedIn`, `@PlatformOnly`, `@RequireAnywhere`, `@RequirePermission`), or is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule)
      throw new AppError(
        'FORBIDDEN',
        msg('misc.noAccessRule', { handler: `${context.getClass().name}.${context.getHandler().name}` }),
      );
    if (rule.kind === 'public') return true;
    if (context.getType<string>() !== 'graphql') throw new AppError('FORBIDDEN', msg('misc.onlyPublicHttp'));

    const gql = GqlExecutionContext.create(context);
    // Before a locator looks a record up by an argument: PostgreSQL answers such text with an error.
    refuseUnsafeText(gql.getArgs(), '');
    const viewer = gql.getContext<BaseGraphQLContext>().viewer ?? null;
    if (rule.kind === 'readable') {
      const input = { args: gql.getArgs(), parent: gql.getRoot(), dataSource: this.dataSource };
      const partnershipId = await rule.locate(input);
      if (partnershipId === null) return true;
      // Through the request's loader: a query asking several guarded fields of one partnership reads it once.
      const partnership = await gql.getContext<BaseGraphQLContext>().loaders.partnership.load(partnershipId);
      if (partnership?.publicTransparency && !(await rule.membersOnly?.(input))) return true;
      if (!viewer) throw new AppError('UNAUTHENTICATED', msg('access.signInToRead'));
      if (permissionsIn(viewer, partnershipId).has(Permission.PARTNERSHIP_READ)) return true;
      throw new AppError('FORBIDDEN', msg('access.needReadPermission', { permission: Permission.PARTNERSHIP_READ }));
    }
    if (!viewer) throw new AppError('UNAUTHENTICATED', msg('access.signIn'));
    switch (rule.kind) {
      case 'signed-in':
        return true;
      case 'platform':
        if (viewer.isPlatformAdmin) return true;
        throw new AppError('FORBIDDEN', msg('access.platformOnly', { permission: rule.permission }));
      case 'anywhere':
        if (holdsAnywhere(viewer, rule.permission)) return true;
        throw new AppError('FORBIDDEN', msg('access.needPermissionAnywhere', { permission: rule.permission }));
      case 'partnership': {
        const partnershipId = await rule.locate({
          args: gql.getArgs(),
          parent: gql.getRoot(),
          dataSource: this.dataSource,
        });
        // Nothing found: the resolver reports the unknown or malformed id itself.
        if (partnershipId === null) return true;
        if (permissionsIn(viewer, partnershipId).has(rule.permission)) return true;
        throw new AppError('FORBIDDEN', msg('access.needPermissionHere', { permission: rule.permission }));
      }
    }
  }
}
