import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { DecisionRule } from './decision-rule';
import { BaseEnum, ComparatorEnum, QuorumKind, QuorumOf, TieBreakEnum } from './vote-enums';

@ObjectType('Fraction')
@InputType('FractionInput')
export class FractionType {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1000)
  p: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  q: number;
}

@ObjectType('Quorum', { description: 'Participation or presence needed for a valid vote.' })
@InputType('QuorumInput')
export class QuorumType {
  @Field(() => QuorumKind)
  @IsEnum(QuorumKind)
  kind: QuorumKind;

  @Field(() => FractionType, { nullable: true, description: 'For FRACTION: the share of the entitled weight.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FractionType)
  fraction?: FractionType | null;

  @Field(() => Int, { nullable: true, description: 'For COUNT: how many voters.' })
  @IsOptional()
  @IsInt()
  count?: number | null;

  @Field(() => QuorumOf, { nullable: true })
  @IsOptional()
  @IsEnum(QuorumOf)
  of?: QuorumOf | null;
}

@ObjectType('DecisionRule', { description: 'Passes when yes·q > p·base (GREATER) or yes·q ≥ p·base (AT_LEAST).' })
@InputType('DecisionRuleInput')
export class DecisionRuleType {
  @Field(() => FractionType)
  @ValidateNested()
  @Type(() => FractionType)
  fraction: FractionType;

  @Field(() => ComparatorEnum)
  @IsEnum(ComparatorEnum)
  comparator: ComparatorEnum;

  @Field(() => BaseEnum)
  @IsEnum(BaseEnum)
  base: BaseEnum;

  @Field(() => QuorumType)
  @ValidateNested()
  @Type(() => QuorumType)
  quorum: QuorumType;

  @Field(() => TieBreakEnum)
  @IsEnum(TieBreakEnum)
  tieBreak: TieBreakEnum;

  @Field({ description: 'A fundamental question: a NO from a veto holder makes the result VETOED.' })
  @IsBoolean()
  veto: boolean;

  @Field({ description: 'Count vote weights; otherwise every member counts 1.' })
  @IsBoolean()
  weighted: boolean;

  @Field({ description: 'Nobody can link a member to its choice; no veto, no chair tie-break, no changes.' })
  @IsBoolean()
  secret: boolean;

  @Field({ description: 'A ballot may be changed while the vote is open.' })
  @IsBoolean()
  allowChange: boolean;

  @Field({ description: 'Close as soon as the missing ballots can no longer change the outcome.' })
  @IsBoolean()
  earlyClose: boolean;
}

/** GraphQL input -> the pure engine's rule (the quorum becomes its tagged union). */
export function toDecisionRule(input: DecisionRuleType): DecisionRule {
  const q = input.quorum;
  const quorum: DecisionRule['quorum'] =
    q.kind === QuorumKind.FRACTION
      ? {
          kind: 'FRACTION',
          fraction: { p: q.fraction?.p ?? NaN, q: q.fraction?.q ?? NaN },
          of: q.of ?? 'PARTICIPATION',
        }
      : q.kind === QuorumKind.COUNT
        ? { kind: 'COUNT', count: q.count ?? NaN, of: q.of ?? 'PARTICIPATION' }
        : { kind: 'NONE' };
  return {
    fraction: { p: input.fraction.p, q: input.fraction.q },
    comparator: input.comparator,
    base: input.base,
    quorum,
    tieBreak: input.tieBreak,
    veto: input.veto,
    weighted: input.weighted,
    secret: input.secret,
    allowChange: input.allowChange,
    earlyClose: input.earlyClose,
  };
}

/** The pure rule -> its GraphQL shape. */
export function fromDecisionRule(rule: DecisionRule): DecisionRuleType {
  const q = rule.quorum;
  return {
    ...rule,
    fraction: { ...rule.fraction },
    comparator: rule.comparator as ComparatorEnum,
    base: rule.base as BaseEnum,
    tieBreak: rule.tieBreak as TieBreakEnum,
    quorum:
      q.kind === 'NONE'
        ? { kind: QuorumKind.NONE, fraction: null, count: null, of: null }
        : q.kind === 'FRACTION'
          ? { kind: QuorumKind.FRACTION, fraction: { ...q.fraction }, count: null, of: q.of as QuorumOf }
          : { kind: QuorumKind.COUNT, fraction: null, count: q.count, of: q.of as QuorumOf },
  };
}
