import { registerEnum } from '../common/graphql/register-enum';

export enum AdmissionProcedure {
  /** The community manager admits or rejects. */
  DIRECT = 'DIRECT',
  /** The admission committee votes; the result admits or rejects. */
  VOTE = 'VOTE',
}
registerEnum(AdmissionProcedure, { name: 'AdmissionProcedure' });
