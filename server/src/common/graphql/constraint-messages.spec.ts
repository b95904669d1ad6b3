import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Field, InputType } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, IsEmail, IsEnum, MaxLength, validate, ValidationError } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { render } from '../i18n/messages';
import { constraintKinds, constraintMessage, formOf } from './constraint-messages';
import { IsIntBetween, IsPositiveCents, NonEmptyText } from './input.decorators';
import { toFieldErrors } from './validation';

const root = path.resolve(__dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [file] : [];
  });

/** Every class-validator rule the input types of server/src declare, found by loading the files that use them. */
function declaredRules(): ValidationMetadata[] {
  const rules: ValidationMetadata[] = [];
  for (const file of sources(root)) {
    if (!readFileSync(file, 'utf8').includes("from 'class-validator'")) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading each input type registers its rules
    for (const exported of Object.values(require(file) as Record<string, unknown>))
      if (typeof exported === 'function')
        rules.push(...getMetadataStorage().getTargetValidationMetadatas(exported, '', true, false));
  }
  return rules;
}

// What `@IsOptional` and `@ValidateIf` declare: conditions, not constraints that fail.
const conditions = new Set(['conditionalValidation']);

describe('the messages of failed input constraints', () => {
  const rules = declaredRules();

  it('exist in the catalogue for every constraint the input types use', () => {
    expect(rules.length).toBeGreaterThan(200);
    const kinds = new Set(rules.filter((rule) => !conditions.has(rule.type)).map((rule) => rule.name ?? rule.type));
    const without = [...kinds].filter((kind) => !(constraintKinds as readonly string[]).includes(kind));
    expect(without).toEqual([]);
    for (const kind of kinds) {
      const error = Object.assign(new ValidationError(), { property: 'field', value: 'x' });
      expect({ kind, key: constraintMessage(error, kind).key }).not.toEqual({ kind, key: 'input.invalid' });
    }
  });

  it('describe the form every @Matches pattern asks for', () => {
    const patterns = rules.filter((rule) => rule.name === 'matches');
    expect(patterns.length).toBeGreaterThan(10);
    const unexplained = patterns
      .filter((rule) => !formOf(rule.constraints[0]))
      .map((rule) => `${(rule.target as { name: string }).name}.${rule.propertyName}: ${String(rule.constraints[0])}`);
    expect(unexplained).toEqual([]);
  });

  enum Colour {
    RED = 'RED',
    GREEN = 'GREEN',
  }

  @InputType()
  class Example {
    @Field()
    @IsEmail()
    email: string;

    @Field()
    @NonEmptyText(10)
    title: string;

    @Field()
    @IsEnum(Colour)
    colour: string;

    @Field()
    @MaxLength(1)
    initial: string;

    @Field()
    @IsIntBetween(2000, 2100)
    year: number;

    @Field()
    @IsPositiveCents()
    amountCents: string;
  }

  const fieldErrors = async (input: object, language: 'de' | 'en') => {
    const errors = await validate(plainToInstance(Example, input));
    return Object.fromEntries(
      Object.entries(toFieldErrors(errors)).map(([field, messages]) => [
        field,
        messages.map((m) => render(m, language)),
      ]),
    );
  };

  it('say in German and English what was wrong and what is allowed', async () => {
    const input = {
      email: 'nobody',
      title: 'a title that is too long',
      colour: 'BLUE',
      initial: 'ab',
      year: 1999,
      amountCents: '-5',
    };
    expect(await fieldErrors(input, 'de')).toEqual({
      email: ['email muss eine E-Mail-Adresse sein, angegeben: „nobody“'],
      title: ['title darf höchstens 10 Zeichen lang sein'],
      colour: ['colour muss einer dieser Werte sein: RED oder GREEN; angegeben: „BLUE“'],
      initial: ['initial darf höchstens ein Zeichen lang sein'],
      year: ['year muss zwischen 2000 und 2100 liegen, angegeben: 1999'],
      amountCents: [
        'amountCents muss eine positive ganze Zahl von Cent (bis zu 15 Ziffern), z. B. „250000“ für 2.500 EUR sein, angegeben: „-5“',
      ],
    });
    expect(await fieldErrors(input, 'en')).toEqual({
      email: ['email must be an e-mail address, got “nobody”'],
      title: ['title must be at most 10 characters long'],
      colour: ['colour must be one of RED or GREEN, got “BLUE”'],
      initial: ['initial must be at most one character long'],
      year: ['year must be between 2000 and 2100, got 1999'],
      amountCents: [
        'amountCents must be a positive whole number of cents (up to 15 digits), e.g. "250000" for 2,500 EUR, got “-5”',
      ],
    });
  });
});
