import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/auth/permissions';
import { Organisation } from '../organisations/organisation.entity';

@ObjectType({
  description:
    'What the signed-in viewer may grant in a partnership (docs/security.md, "No escalation"); empty when nothing.',
})
export class ViewerGrants {
  @Field(() => [Role], {
    description:
      'The roles the viewer may invite people to; REPRESENTATIVE only when some organisation below is open to it.',
  })
  roles: Role[];

  @Field(() => [Organisation], {
    description:
      'Active members whose representatives the viewer may name now: its own, and with PEOPLE_MANAGE those that have none.',
  })
  representativeOrganisations: Organisation[];
}
