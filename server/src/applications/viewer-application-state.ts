import { registerEnum } from '../common/graphql/register-enum';

/** Whether applying for membership makes sense for the signed-in viewer (the portal offers "Mitglied werden" only for NONE). */
export enum ViewerApplicationState {
  /** Signed out, or none of the viewer's organisations is a member or has applied. */
  NONE = 'NONE',
  /** An organisation the viewer represents has an application being decided (submitted or in a vote). */
  PENDING = 'PENDING',
  /** An organisation the viewer represents is a member (applied, active or suspended). */
  MEMBER = 'MEMBER',
}
registerEnum(ViewerApplicationState, {
  name: 'ViewerApplicationState',
  description: 'Whether the viewer’s organisation is a member of a partnership, has applied, or neither.',
});
