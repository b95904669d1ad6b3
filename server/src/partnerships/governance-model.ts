/**
 * The three models of chapter 5 of the reference study, plus its variation of
 * model 3 where a municipal IT provider steers and the customers vote.
 */
export enum GovernanceModel {
  /** Model 1: community-centred, with an association as backbone (Civitas Connect). */
  COMMUNITY_CENTRED = 'COMMUNITY_CENTRED',
  /** Model 2: IT provider and a lead municipality steer together (Masterportal, DIPAS). */
  HYBRID = 'HYBRID',
  /** Model 3: a (private) IT provider drives product decisions (KODI, Smart Village App). */
  PROVIDER_DRIVEN = 'PROVIDER_DRIVEN',
  /** Variation of model 3: a municipal IT provider, customers vote in part (OSCA). */
  MUNICIPAL_PROVIDER = 'MUNICIPAL_PROVIDER',
}
