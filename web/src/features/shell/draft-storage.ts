/**
 * Drafts of forms kept over a sign-in: when the session expires, what was typed is written to sessionStorage
 * under the page's path and the form's name, and the form takes it back when the page is shown again. Only
 * this tab sees it, and it is gone when the tab closes.
 */
export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const prefix = 'allmende.draft';

/** The storage key of one form on one page; the query string and hash are not part of the page. */
export function draftKey(path: string, form: string): string {
  const page = path.split(/[?#]/)[0] || '/';
  return `${prefix}:${page}:${form}`;
}

export function saveDraft(store: DraftStore, path: string, form: string, value: unknown): void {
  try {
    store.setItem(draftKey(path, form), JSON.stringify(value));
  } catch {
    // Storage full or disabled: the draft is lost, as it would have been without this.
  }
}

/** The stored draft, or undefined when there is none or it cannot be read. */
export function readDraft<T>(store: DraftStore, path: string, form: string): T | undefined {
  let text: string | null;
  try {
    text = store.getItem(draftKey(path, form));
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

export function clearDraft(store: DraftStore, path: string, form: string): void {
  try {
    store.removeItem(draftKey(path, form));
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** The forms on screen that want their input kept: path and form name -> their current value. */
const openDrafts = new Map<string, { path: string; form: string; read: () => unknown }>();

/** Registers a form whose input is saved by `saveOpenDrafts`; returns the unregistration. */
export function registerDraft(path: string, form: string, read: () => unknown): () => void {
  const key = draftKey(path, form);
  const entry = { path, form, read };
  openDrafts.set(key, entry);
  return () => {
    if (openDrafts.get(key) === entry) openDrafts.delete(key);
  };
}

/** Saves the input of every registered form, e.g. right before leaving for the sign-in. */
export function saveOpenDrafts(store: DraftStore): void {
  for (const { path, form, read } of openDrafts.values()) saveDraft(store, path, form, read());
}
