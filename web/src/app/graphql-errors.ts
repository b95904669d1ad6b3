import { CombinedGraphQLErrors } from '@apollo/client';

/** Whether the API answered that the requested thing does not exist (extensions.code NOT_FOUND). */
export function isNotFound(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((graphQLError) => graphQLError.extensions?.code === 'NOT_FOUND');
}
