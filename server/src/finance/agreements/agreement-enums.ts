import { registerEnum } from '../../common/graphql/register-enum';

export enum CostSplitMethod {
  EQUAL = 'EQUAL',
  POPULATION = 'POPULATION',
  WEIGHTS = 'WEIGHTS',
  PERCENTAGES = 'PERCENTAGES',
  FEE = 'FEE',
  FIXED = 'FIXED',
}
registerEnum(CostSplitMethod, {
  name: 'CostSplitMethod',
  description:
    'How a total is split: equally, by population, by integer weights, by percentages (basis points, 100 % = 10000), by each member’s annual fee, or by fixed amounts.',
});

export enum AgreementStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  FINANCED = 'FINANCED',
  CANCELLED = 'CANCELLED',
}
registerEnum(AgreementStatus, {
  name: 'CostAgreementStatus',
  description: 'Drafted, sent to the participants, financed (all signed), or cancelled.',
});

export enum ContractStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  SIGNED = 'SIGNED',
  DECLINED = 'DECLINED',
  REMOVED = 'REMOVED',
}
registerEnum(ContractStatus, {
  name: 'CostContractStatus',
  description: 'A participant’s contract; REMOVED when a re-split left the organisation out.',
});
