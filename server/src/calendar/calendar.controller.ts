import { Controller, Get, HttpStatus, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators';
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
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  async committeeFeed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = FEED_FILE.exec(file)?.[1];
    const calendar = token ? await this.feeds.committeeFeed(token) : null;
    if (calendar === null) {
      // Plain text: whoever pastes the address into a browser or a calendar client reads it as it is.
      res
        .status(HttpStatus.NOT_FOUND)
        .type('text/plain; charset=utf-8')
        .send('No calendar at this address. Copy the current feed address from the committee page in the portal.');
      return;
    }
    res.status(HttpStatus.OK).type('text/calendar; charset=utf-8').send(calendar);
  }
}
