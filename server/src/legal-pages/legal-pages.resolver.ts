import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../auth/viewer';
import { CurrentViewer, PlatformOnly, Public } from '../common/auth/access.decorators';
import { PlatformPermission } from '../common/auth/permissions';
import { LegalPageArgs } from './dto/legal-page.args';
import { SetLegalPageInput } from './dto/set-legal-page.input';
import { LegalPage } from './legal-page.model';
import { LegalPagesService } from './legal-pages.service';

@Resolver(() => LegalPage)
export class LegalPagesResolver {
  constructor(private readonly service: LegalPagesService) {}

  @Public()
  @Query(() => LegalPage, {
    description:
      'The Impressum, privacy notice or accessibility statement in one language; readable without signing in.',
  })
  legalPage(@Args() args: LegalPageArgs) {
    return this.service.get(args.kind, args.language);
  }

  @Public()
  @Query(() => [LegalPage], {
    description: 'Every legal page in every language, e.g. to see which are still templates.',
  })
  legalPages() {
    return this.service.list();
  }

  @PlatformOnly(PlatformPermission.LEGAL_PAGES_EDIT)
  @Mutation(() => LegalPage, { description: 'Sets the text of one legal page in one language (platform admins).' })
  setLegalPage(@CurrentViewer() viewer: Viewer, @Args('input') input: SetLegalPageInput) {
    return this.service.set(viewer, input);
  }
}
