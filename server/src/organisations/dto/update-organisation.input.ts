import { InputType, PartialType } from '@nestjs/graphql';
import { CreateOrganisationInput } from './create-organisation.input';

@InputType()
export class UpdateOrganisationInput extends PartialType(CreateOrganisationInput) {}
