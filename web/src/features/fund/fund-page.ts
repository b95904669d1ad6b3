import type { FundAllocationsQuery, FundOverviewQuery, FundPartnershipQuery } from '../../generated/graphql';

/** What the fund page and its allocations list hand the sections and forms they render. */
export type FundPartnership = FundPartnershipQuery['partnership'];
export type FundOverview = FundOverviewQuery;
export type FundAllocation = FundAllocationsQuery['fundAllocations']['nodes'][number];
