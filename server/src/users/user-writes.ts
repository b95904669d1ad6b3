import { EntityManager } from 'typeorm';
import { Language } from './language';
import { User } from './user.entity';

/*
 * The one writer of the `users` table: invitations and OpenID Connect create people, auth sets passwords and the
 * account's own settings. Each runs in the caller's transaction.
 */

export function createUser(
  manager: EntityManager,
  fields: { email: string; displayName: string; passwordHash: string | null },
): Promise<User> {
  return manager.save(User, manager.create(User, fields));
}

export async function setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
  await manager.update(User, { id: userId }, { passwordHash });
}

export function updateAccountSettings(
  manager: EntityManager,
  user: User,
  settings: { displayName?: string; preferredLanguage?: Language },
): Promise<User> {
  return manager.save(User, manager.merge(User, user, settings));
}
