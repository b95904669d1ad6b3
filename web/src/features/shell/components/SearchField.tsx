import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { TextField } from './TextField';

/** The server's limit for a list's `search` (server/src/common/graphql/search.ts). */
const maxLength = 100;
const debounceMs = 300;

/** The search a list shows, as it stands in the address (`?suche=…`): linkable, and kept on reload and "back". */
export function useSearchText(param = 'suche'): string {
  const [params] = useSearchParams();
  return (params.get(param) ?? '').trim();
}

interface SearchFieldProps {
  label: string;
  hint?: string;
  /** The address parameter; two searches on one page need two names. */
  param?: string;
}

/**
 * A list's search box. What is typed reaches the address (and so the query) after a short pause, or at once on
 * Enter; the address replaces its entry rather than adding one per keystroke.
 */
export function SearchField({ label, hint, param = 'suche' }: SearchFieldProps) {
  const [params, setParams] = useSearchParams();
  const committed = (params.get(param) ?? '').trim();
  const [text, setText] = useState(committed);

  // "Back", or a link to another search: the box follows the address.
  useEffect(() => {
    setText((current) => (current.trim() === committed ? current : committed));
  }, [committed]);

  const commit = (value: string) => {
    const trimmed = value.trim();
    if (trimmed === committed) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (trimmed) next.set(param, trimmed);
        else next.delete(param);
        return next;
      },
      { replace: true },
    );
  };

  useEffect(() => {
    const timer = window.setTimeout(() => commit(text), debounceMs);
    return () => window.clearTimeout(timer);
    // Only typing restarts the pause; commit reads the address as it is then.
  }, [text]);

  return (
    <form
      role="search"
      className="portal-search"
      onSubmit={(event) => {
        event.preventDefault();
        commit(text);
      }}
    >
      <TextField
        type="search"
        label={label}
        hint={hint}
        name={param}
        value={text}
        maxLength={maxLength}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
      />
    </form>
  );
}
