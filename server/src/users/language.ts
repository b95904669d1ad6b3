export enum Language {
  DE = 'DE',
  EN = 'EN',
}
