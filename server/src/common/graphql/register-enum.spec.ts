import { explainEnumError, registerEnum } from './register-enum';

enum Colour {
  RED = 'RED',
  GREEN = 'GREEN',
}
registerEnum(Colour, { name: 'Colour' });

describe('explainEnumError', () => {
  it('appends the allowed values to graphql-js’s message about an unknown enum value', () => {
    expect(explainEnumError('Value "BLUE" does not exist in "Colour" enum.')).toBe(
      'Value "BLUE" does not exist in "Colour" enum. Allowed: RED, GREEN.',
    );
  });

  it('leaves other messages and unknown enums alone', () => {
    expect(explainEnumError('Syntax Error')).toBe('Syntax Error');
    expect(explainEnumError('Value "X" does not exist in "Other" enum.')).toBe(
      'Value "X" does not exist in "Other" enum.',
    );
  });
});
