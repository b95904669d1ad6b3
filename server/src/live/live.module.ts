import { Global, Module } from '@nestjs/common';
import { LiveEvents } from './live-events';

@Global()
@Module({ providers: [LiveEvents], exports: [LiveEvents] })
export class LiveModule {}
