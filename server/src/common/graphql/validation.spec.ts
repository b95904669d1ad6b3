import { ValidationError } from 'class-validator';
import { msg } from '../i18n/messages';
import { toFieldErrors } from './validation';

const error = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => Object.assign(new ValidationError(), { property, constraints, children });

describe('toFieldErrors', () => {
  it('lists each field’s messages, nested fields by their path, each a catalogue message', () => {
    expect(
      toFieldErrors([
        error('name', { isNotEmpty: 'name should not be empty' }),
        error('input', undefined, [
          error('population', {
            isInt: 'population must be an integer number',
            isString: 'population must be a string',
          }),
        ]),
      ]),
    ).toEqual({
      name: [msg('input.isNotEmpty', { field: 'name' })],
      'input.population': [
        msg('input.isInt', { field: 'population', value: '' }),
        msg('input.isString', { field: 'population' }),
      ],
    });
  });
});
