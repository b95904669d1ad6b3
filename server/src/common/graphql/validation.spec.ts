import { ValidationError } from 'class-validator';
import { toFieldErrors } from './validation';

const error = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => Object.assign(new ValidationError(), { property, constraints, children });

describe('toFieldErrors', () => {
  it('lists each field’s messages, nested fields by their path', () => {
    expect(
      toFieldErrors([
        error('name', { isNotEmpty: 'name must not be empty' }),
        error('input', undefined, [
          error('population', {
            min: 'population must not be negative, got -1',
            isInt: 'population must be a whole number',
          }),
        ]),
      ]),
    ).toEqual({
      name: ['name must not be empty'],
      'input.population': ['population must not be negative, got -1', 'population must be a whole number'],
    });
  });
});
