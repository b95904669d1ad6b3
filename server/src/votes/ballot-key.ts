import { Inject, Injectable, Logger } from '@nestjs/common';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { AppConfig } from '../common/config/config';
import { BALLOT_KEY_BYTES } from './ballot-seal';

/**
 * The installation's ballot key: `BALLOT_KEY`, or the key file (created with 32 random bytes on first
 * start, readable by its owner only). Read once at start; a file that holds no key stops the start with
 * a message naming the file and what it must hold.
 */
@Injectable()
export class BallotKey {
  private readonly logger = new Logger('BallotKey');
  readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = config.ballotKey ?? this.fromFile(config.ballotKeyFile);
  }

  private fromFile(file: string): Buffer {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, `${randomBytes(BALLOT_KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
      this.logger.log(`Created the ballot key ${file}: keep it with the backups, but never inside the database's`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = readFileSync(file, 'utf8').trim();
    const key = Buffer.from(text, 'base64');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || key.length !== BALLOT_KEY_BYTES)
      throw new Error(
        `The ballot key file ${file} must hold ${BALLOT_KEY_BYTES} bytes in base64 (44 characters, e.g. from \`openssl rand -base64 32\`)`,
      );
    if ((statSync(file).mode & 0o077) !== 0)
      this.logger.warn(`The ballot key file ${file} is readable by others than its owner: chmod 600 it`);
    return key;
  }
}
