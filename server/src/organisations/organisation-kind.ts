export enum OrganisationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  COUNTY = 'COUNTY',
  STATE = 'STATE',
  FEDERAL_AGENCY = 'FEDERAL_AGENCY',
  MUNICIPAL_COMPANY = 'MUNICIPAL_COMPANY',
  IT_SERVICE_PROVIDER = 'IT_SERVICE_PROVIDER',
  ASSOCIATION = 'ASSOCIATION',
  UNIVERSITY = 'UNIVERSITY',
}

/** The sixteen German Länder, by their ISO 3166-2:DE subdivision codes. */
export enum GermanState {
  BW = 'BW',
  BY = 'BY',
  BE = 'BE',
  BB = 'BB',
  HB = 'HB',
  HH = 'HH',
  HE = 'HE',
  MV = 'MV',
  NI = 'NI',
  NW = 'NW',
  RP = 'RP',
  SL = 'SL',
  SN = 'SN',
  ST = 'ST',
  SH = 'SH',
  TH = 'TH',
}
