import { Controller, Get, HttpStatus, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionsService } from '../auth/sessions.service';
import { Public } from '../common/auth/access.decorators';
import { msg, readerLanguage, render } from '../common/i18n/messages';
import { CalendarFeedService } from './calendar-feed.service';

/** Generous bounds for the token part of `<token>.ics`; anything else is not looked up at all. */
const FEED_FILE = /^([A-Za-z0-9_-]{1,128})\.ics$/;

/**
 * `GET /calendar/<feedToken>.ics`, the address `Committee.calendarFeedUrl` hands out. Public for the
 * access guard because calendar clients send no cookie; the token in the address is the key.
 */
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeedService,
    private readonly sessions: SessionsService,
  ) {}

  @Get(':file')
  async committeeFeed(
    @Param('file') file: string,
    @Query('lang') languageParam: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // The address may name a language (`?lang=en`); a calendar client sends at most its Accept-Language, a browser
    // with the portal's cookie also its person's preferred language.
    const viewer = await this.sessions.viewerOf(req);
    const language = readerLanguage(
      (typeof languageParam === 'string' ? languageParam : undefined) ?? req.headers['accept-language'],
      viewer?.user.preferredLanguage,
    );
    const token = FEED_FILE.exec(file)?.[1];
    const calendar = token ? await this.feeds.committeeFeed(token, language) : null;
    if (calendar === null) {
      // Plain text: whoever pastes the address into a browser or a calendar client reads it as it is.
      res
        .status(HttpStatus.NOT_FOUND)
        .type('text/plain; charset=utf-8')
        .send(render(msg('http.noCalendar'), language));
      return;
    }
    res.status(HttpStatus.OK).type('text/calendar; charset=utf-8').send(calendar);
  }
}
