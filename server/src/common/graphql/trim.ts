import { Transform } from 'class-transformer';

/** Trims surrounding whitespace from string input, so "  " counts as empty. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
