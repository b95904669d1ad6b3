import type { FeesPartnershipQuery } from '../../generated/graphql';

/** The partnership as the fee page hands it to its sections. */
export type FeesPartnership = FeesPartnershipQuery['partnership'];
