import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Language } from '../../users/language';
import { LegalPageKind } from '../legal-page-kind';

@ArgsType()
export class LegalPageArgs {
  @Field(() => LegalPageKind)
  @IsEnum(LegalPageKind)
  kind: LegalPageKind;

  @Field(() => Language)
  @IsEnum(Language)
  language: Language;
}
