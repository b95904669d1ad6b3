/**
 * Public and non-public agenda items (nichtöffentliche Tagesordnungspunkte). Pure: no Nest, no TypeORM.
 *
 * An item is public or not; a non-public item, its minutes and the votes opened on it reach only the
 * partnership's members, never anonymous visitors or other signed-in people.
 */
import { Permission, permissionsIn, type ViewerRoles } from '../common/auth/permissions';
import type { VoteSubjectType } from '../votes/vote-subjects';
import { AgendaItemKind } from './committee-enums';

/*
 * The kind says how an item is treated (for information, discussion or decision), not what it is about, so no
 * kind alone makes an item confidential: a price, an offer or a personnel matter can come up under any of them,
 * and whoever plans the agenda marks such an item. What an item is about is known for the items other domains
 * put on the agenda (its subject), and that decides their default. Each table names every value, so a new kind
 * or subject does not compile until someone has decided its default.
 */
const publicByKind: Record<AgendaItemKind, boolean> = {
  [AgendaItemKind.INFORMATION]: true,
  [AgendaItemKind.DISCUSSION]: true,
  [AgendaItemKind.DECISION]: true,
};

const publicBySubject: Record<VoteSubjectType, boolean> = {
  // The backlog and its requests are as public as the partnership; so is the decision on one.
  FEATURE_REQUEST: true,
  // Money of the development fund: amounts, purposes, the providers to be paid.
  FUND_ALLOCATION: false,
  // An applicant organisation and its contact person, who may yet be turned down.
  MEMBERSHIP_APPLICATION: false,
};

/** Whether a new item is public when whoever adds it does not say. */
export function publicByDefault(item: { kind: AgendaItemKind; subjectType?: VoteSubjectType | null }): boolean {
  return item.subjectType ? publicBySubject[item.subjectType] : publicByKind[item.kind];
}

/** Members, who see non-public items: whoever holds PARTNERSHIP_READ there (every role), and platform admins. */
export function seesNonPublicItems(viewer: ViewerRoles | null, partnershipId: string): boolean {
  return permissionsIn(viewer, partnershipId).has(Permission.PARTNERSHIP_READ);
}

/** The items a viewer may see: all of them for members, the public ones for everyone else. */
export function visibleItems<T extends { public: boolean }>(items: readonly T[], seesNonPublic: boolean): T[] {
  return seesNonPublic ? [...items] : items.filter((item) => item.public);
}
