import { Language } from '../users/language';
import { LegalPageKind } from './legal-page-kind';
import { factLabels, Fill, OperatorFacts } from './operator-facts';
import { placeholder } from './placeholders';
import { accessibilityTemplate } from './templates/accessibility';
import { imprintTemplate } from './templates/imprint';
import { privacyTemplate } from './templates/privacy';

/*
 * The texts a platform starts with, until its operator saves their own: Markdown, with each fact only the operator
 * knows as a marked placeholder. Pure: no Nest, no TypeORM.
 */

const templates: Record<LegalPageKind, (language: Language, fact: Fill) => string> = {
  [LegalPageKind.IMPRINT]: imprintTemplate,
  [LegalPageKind.PRIVACY]: privacyTemplate,
  [LegalPageKind.ACCESSIBILITY]: accessibilityTemplate,
};

/** The template of one page in one language, with the facts given (in that language) filled in. */
export function legalTemplate(kind: LegalPageKind, language: Language, facts: OperatorFacts = {}): string {
  const fill: Fill = (fact) => facts[fact]?.trim() || placeholder(language, factLabels[fact][language]);
  return templates[kind](language, fill);
}
