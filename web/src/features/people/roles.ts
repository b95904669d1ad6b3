import type { Role } from '../../generated/graphql';

/** Every role, in the order the invite form offers them: the most common first. */
export const roles: readonly Role[] = [
  'OBSERVER',
  'REPRESENTATIVE',
  'COMMUNITY_MANAGER',
  'PRODUCT_OWNER',
  'TREASURER',
  'ADMIN',
];
