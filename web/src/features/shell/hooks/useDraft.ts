import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useLocation } from 'react-router-dom';
import { clearDraft, readDraft, registerDraft } from '../draft-storage';

/**
 * A form's state that survives a sign-in in between: like useState, but when the session expires the value is
 * kept (see SessionExpiryRedirect) and restored when the person comes back to this page. `form` names the form
 * on the page.
 */
export function useDraft<T>(form: string, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const { pathname } = useLocation();
  const [value, setValue] = useState<T>(() => {
    const stored = readDraft<T>(window.sessionStorage, pathname, form);
    if (stored !== undefined) return stored;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const current = useRef(value);
  current.current = value;
  useEffect(() => {
    // Restored once: a later visit starts afresh.
    clearDraft(window.sessionStorage, pathname, form);
    return registerDraft(pathname, form, () => current.current);
  }, [pathname, form]);
  return [value, setValue];
}
