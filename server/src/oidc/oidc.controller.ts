import { Controller, Get, NotFoundException, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/access.decorators';
import { OidcService } from './oidc.service';

/** Browser redirects of the OpenID Connect sign-in; they end on a portal page. */
@Public()
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  @Get('login')
  async login(@Query('next') next: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) throw new NotFoundException('OpenID Connect sign-in is not configured');
    res.redirect(302, await this.oidc.start(next ?? '/', req, res));
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) throw new NotFoundException('OpenID Connect sign-in is not configured');
    const outcome = await this.oidc.finish(req, res);
    res.redirect(302, outcome.ok ? outcome.next : `/anmelden?oidc=${outcome.reason}`);
  }
}
