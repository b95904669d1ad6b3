import { Field, InputType, PickType } from '@nestjs/graphql';
import { NonEmptyText } from '../../common/graphql/input.decorators';
import { LEGAL_PAGE_MAX_LENGTH } from '../legal-page-text.entity';
import { LegalPageArgs } from './legal-page.args';

/** Which page in which language (validated as in `legalPage`), and its new text. */
@InputType()
export class SetLegalPageInput extends PickType(LegalPageArgs, ['kind', 'language'] as const, InputType) {
  @Field({ description: `Markdown (CommonMark), 1 to ${LEGAL_PAGE_MAX_LENGTH} characters; raw HTML is not shown.` })
  @NonEmptyText(LEGAL_PAGE_MAX_LENGTH)
  body: string;
}
