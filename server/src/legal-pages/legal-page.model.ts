import { Field, ObjectType } from '@nestjs/graphql';
import { registerEnum } from '../common/graphql/register-enum';
import { GraphQLDateTime } from '../common/graphql/scalars';
import { Language } from '../users/language';
import { LegalPageKind } from './legal-page-kind';

registerEnum(LegalPageKind, {
  name: 'LegalPageKind',
  description:
    'A page every public body must publish: IMPRINT (Impressum, § 5 DDG), PRIVACY (Datenschutzerklärung, Art. 13 GDPR), ACCESSIBILITY (Erklärung zur Barrierefreiheit, BITV 2.0).',
});

/** Not the entity: a page nobody has saved yet has no row, and is shown from the template. */
@ObjectType('LegalPage', { description: 'The Impressum, privacy notice or accessibility statement in one language.' })
export class LegalPage {
  @Field(() => LegalPageKind)
  kind: LegalPageKind;

  @Field(() => Language)
  language: Language;

  @Field({ description: 'The text as Markdown (CommonMark); raw HTML in it is not shown.' })
  body: string;

  @Field({ description: 'True while nobody has saved this page: the body is the platform’s template.' })
  isTemplate: boolean;

  @Field(() => [String], {
    description:
      'What the operator has yet to fill in: the labels of the placeholders ("[Bitte ergänzen: …]", "[To be completed: …]") still in the body.',
  })
  openPlaceholders: string[];

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last saved; null for the template.' })
  updatedAt: Date | null;

  @Field({ description: 'The platform’s template for this page and language, to start again from.' })
  template: string;
}
