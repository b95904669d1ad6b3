import type { PartnershipRole } from '../people/partnership-role.entity';
import type { User } from '../users/user.entity';

/** The signed-in person of a request, with the roles read for this request (so a removed role is gone on the next one). */
export interface Viewer {
  user: User;
  sessionId: string;
  isPlatformAdmin: boolean;
  roles: PartnershipRole[];
}
