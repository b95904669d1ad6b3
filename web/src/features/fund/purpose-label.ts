/** A purpose's name in the portal's language (German unless English is chosen). */
export function purposeLabel(purpose: { labelDe: string; labelEn: string }, language: string): string {
  return language.startsWith('en') ? purpose.labelEn : purpose.labelDe;
}
