import { FieldErrors } from '../common/graphql/app-error';
import { MembershipStatus } from './membership-status';
import { msg } from '../common/i18n/messages';

export interface MembershipDates {
  status: MembershipStatus;
  joinedOn: string | null;
  leftOn: string | null;
}

/**
 * Pure consistency rule for a membership's status and dates: it cannot leave before it joined, and
 * only a member who left has a leaving date. Returns the field errors, empty when consistent.
 */
export function checkMembershipDates(m: MembershipDates): FieldErrors {
  const errors: FieldErrors = {};
  if (m.joinedOn && m.leftOn && m.leftOn < m.joinedOn) {
    errors.leftOn = [msg('membership.leftBeforeJoined', { leftOn: m.leftOn, joinedOn: m.joinedOn })];
  }
  if (m.leftOn && m.status !== MembershipStatus.LEFT) {
    errors.leftOn = [...(errors.leftOn ?? []), msg('membership.leftOnlyWhenLeft', { status: m.status })];
  }
  return errors;
}
