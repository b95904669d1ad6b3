import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { CurrentViewer, Public, SignedIn } from '../common/auth/access.decorators';
import { Viewer } from './viewer';
import { User } from '../users/user.entity';
import { AuthThrottlerGuard } from './auth-throttler.guard';
import { AuthService } from './auth.service';
import {
  ChangePasswordArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
  SignInArgs,
  UpdateAccountInput,
} from './dto/auth.args';

interface GqlHttpContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
}

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in person; null when signed out.' })
  me(@CurrentViewer() viewer: Viewer | null) {
    return viewer?.user ?? null;
  }

  // Not behind AuthThrottlerGuard: it would count successes too and lock the owner out for everyone's failures.
  // AuthService.signIn counts failures only, per account and address (SignInLimiter).
  @Public()
  @Mutation(() => User, {
    description: 'Signs in and sets the session cookie; failed attempts slow down their account-and-address pair.',
  })
  signIn(@Args() { email, password }: SignInArgs, @Context() ctx: GqlHttpContext) {
    return this.auth.signIn(email, password, { req: ctx.req, res: ctx.res, context: ctx });
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async signOut(@CurrentViewer() viewer: Viewer, @Context() { req, res }: GqlHttpContext) {
    await this.auth.signOut(viewer, req, res);
    return true;
  }

  @Public()
  @UseGuards(AuthThrottlerGuard)
  @Mutation(() => Boolean, { description: 'Mails a reset link when the account exists; always answers true.' })
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs, @Context() { req }: GqlHttpContext) {
    await this.auth.requestPasswordReset(email, req.ip ?? null);
    return true;
  }

  @Public()
  @UseGuards(AuthThrottlerGuard)
  @Mutation(() => User, {
    description: 'Sets a new password with the mailed token, ends all other sessions and signs in.',
  })
  resetPassword(@Args() { token, password }: ResetPasswordArgs, @Context() ctx: GqlHttpContext) {
    return this.auth.resetPassword(token, password, { req: ctx.req, res: ctx.res, context: ctx });
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session.' })
  async changePassword(@CurrentViewer() viewer: Viewer, @Args() { currentPassword, newPassword }: ChangePasswordArgs) {
    await this.auth.changePassword(viewer, currentPassword, newPassword);
    return true;
  }

  @SignedIn()
  @Mutation(() => User)
  updateAccount(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateAccountInput) {
    return this.auth.updateAccount(viewer, input);
  }
}
