import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarController } from './calendar.controller';

@Module({
  imports: [AuthModule],
  controllers: [CalendarController],
  providers: [CalendarFeedService],
})
export class CalendarModule {}
