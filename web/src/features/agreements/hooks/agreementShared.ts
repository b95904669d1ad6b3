import {
  CostAgreementDocument,
  CostAgreementsDocument,
  type CostAgreementQuery,
  type CostSplitMethod,
} from '../../../generated/graphql';

export type Agreement = CostAgreementQuery['costAgreement'];
export const splitMethods: CostSplitMethod[] = ['EQUAL', 'POPULATION', 'WEIGHTS', 'PERCENTAGES', 'FEE', 'FIXED'];
/** What refreshes an agreement's page and the list after an action on it. */
export const agreementRefetch = {
  refetchQueries: [CostAgreementDocument, CostAgreementsDocument],
  awaitRefetchQueries: true,
};
