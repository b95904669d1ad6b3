import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Language } from '../../users/language';
import { LegalPageKind } from '../legal-page-kind';

@ArgsType()
export class LegalPageArgs {
  @Field(() => LegalPageKind)
  @IsEnum(LegalPageKind, { message: `kind must be one of ${Object.values(LegalPageKind).join(', ')}` })
  kind: LegalPageKind;

  @Field(() => Language)
  @IsEnum(Language, { message: `language must be one of ${Object.values(Language).join(', ')}` })
  language: Language;
}
