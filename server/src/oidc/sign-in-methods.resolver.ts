import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators';
import { OidcService } from './oidc.service';

@ObjectType({ description: 'How people can sign in here.' })
export class SignInMethods {
  @Field()
  password: boolean;

  @Field({ description: 'Through the organisation’s OpenID Connect provider: start at /auth/oidc/login?next=/path.' })
  oidc: boolean;
}

@Resolver(() => SignInMethods)
export class SignInMethodsResolver {
  constructor(private readonly oidc: OidcService) {}

  @Public()
  @Query(() => SignInMethods)
  signInMethods(): SignInMethods {
    return { password: true, oidc: this.oidc.enabled };
  }
}
