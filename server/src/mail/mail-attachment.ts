import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('MailAttachment')
export class MailAttachment {
  @Field() filename: string;
  @Field() contentType: string;
  @Field() content: string;
}
