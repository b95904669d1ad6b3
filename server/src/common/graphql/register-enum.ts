import { registerEnumType } from '@nestjs/graphql';

/** Enum name -> allowed values, so that an error about an unknown value can list the allowed ones. */
export const enumValues = new Map<string, string[]>();

export function registerEnum(
  enumObject: Record<string, string>,
  options: { name: string; description?: string },
): void {
  registerEnumType(enumObject, options);
  enumValues.set(options.name, Object.values(enumObject));
}

/** graphql-js: 'Value "X" does not exist in "OrganisationKind" enum.' -> adds 'Allowed: A, B, …'. */
export function explainEnumError(message: string): string {
  const match = /does not exist in "(\w+)" enum/.exec(message);
  const allowed = match ? enumValues.get(match[1]) : undefined;
  return allowed ? `${message} Allowed: ${allowed.join(', ')}.` : message;
}
