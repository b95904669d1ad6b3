/** What a vote decides besides a plain motion; agenda items carry it so the vote opened there copies it. */
export const voteSubjectTypes = ['MEMBERSHIP_APPLICATION', 'FEATURE_REQUEST', 'FUND_ALLOCATION'] as const;

export type VoteSubjectType = (typeof voteSubjectTypes)[number];
