/* Pure enum definitions (the committee templates use them); each is registered with GraphQL beside the entity that carries it. */

export enum CommitteeKind {
  GENERAL_ASSEMBLY = 'GENERAL_ASSEMBLY',
  STRATEGIC_COMMITTEE = 'STRATEGIC_COMMITTEE',
  TECHNICAL_COMMITTEE = 'TECHNICAL_COMMITTEE',
  WORKING_GROUP = 'WORKING_GROUP',
  /** Open to everyone, for exchange: it never votes. */
  COMMUNITY_CALL = 'COMMUNITY_CALL',
  ADVISORY_BOARD = 'ADVISORY_BOARD',
}

export enum Cadence {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  YEARLY = 'YEARLY',
  AS_NEEDED = 'AS_NEEDED',
}

export enum SeatKind {
  VOTING = 'VOTING',
  /** Takes part and speaks, but does not vote (a coordinating association, an IT provider). */
  ADVISORY = 'ADVISORY',
}

export enum SessionStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum AgendaItemKind {
  INFORMATION = 'INFORMATION',
  DISCUSSION = 'DISCUSSION',
  DECISION = 'DECISION',
}
