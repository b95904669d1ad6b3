import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG } from './app-config.provider';
import { AppConfig } from './config';

@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}
