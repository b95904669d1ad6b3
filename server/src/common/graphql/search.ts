import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { msg } from '../i18n/messages';
import { AppError } from './app-error';
import { PageArgs } from './pagination';
import { Trim } from './trim';

export const SEARCH_MAX_LENGTH = 100;

const SEARCH_DESCRIPTION = `Only entries containing this text (at most ${SEARCH_MAX_LENGTH} characters); case and accents are ignored, % and _ are ordinary characters.`;

/** The `search` argument of a list: one field, so every list describes and validates it alike. */
export function SearchField(): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, description: SEARCH_DESCRIPTION })(target, key);
    IsOptional()(target, key);
    Trim()(target, key);
    IsString()(target, key);
  };
}

@ArgsType()
export class SearchArgs {
  @SearchField()
  search?: string;
}

@ArgsType()
export class SearchPageArgs extends PageArgs {
  @SearchField()
  search?: string;
}

/**
 * The LIKE pattern "contains the text" for `search`, with `\`, `%` and `_` escaped so they match themselves; null
 * when there is nothing to search for. Compare it through `matchesSearch`, which ignores case and accents.
 */
export function searchPattern(search: string | null | undefined): string | null {
  const text = search?.trim() ?? '';
  if (text === '') return null;
  const length = [...text].length;
  if (length > SEARCH_MAX_LENGTH)
    throw AppError.badInput({ search: [msg('search.tooLong', { max: SEARCH_MAX_LENGTH, length })] });
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * SQL: `column` contains the pattern in `param` (a placeholder such as `:search` or `$2`), ignoring case and accents.
 * `allmende_unaccent(lower(…))` is the immutable form the trigram indexes are built on (migrations/…-ListSearch.ts).
 */
export function matchesSearch(column: string, param: string): string {
  return `allmende_unaccent(lower(${column})) LIKE allmende_unaccent(lower(${param}))`;
}
