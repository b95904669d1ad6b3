import { FeatureRequestDocument, PartnershipBacklogDocument, type FeatureRequestQuery } from '../../generated/graphql';

/** What the request page hands the sections it renders (assessment, interest, comments, management, workflow). */
export type RequestPageData = FeatureRequestQuery;
export type Request = FeatureRequestQuery['featureRequest'];
export type RequestPartnership = FeatureRequestQuery['partnership'];

/** Requests are written in German by the member organisations, whatever the portal's language. */
export const contentLanguage = 'de';
/** What refreshes the request page after an action on it. */
export const requestRefetch = {
  refetchQueries: [FeatureRequestDocument, PartnershipBacklogDocument],
  awaitRefetchQueries: true,
};
