import {
  clearDraft,
  draftKey,
  readDraft,
  registerDraft,
  saveDraft,
  saveOpenDrafts,
  type DraftStore,
} from './draft-storage';

function memoryStore(): DraftStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('draft storage', () => {
  it('keeps a draft per page and form, and gives it back', () => {
    const store = memoryStore();
    saveDraft(store, '/p/dorf-app/anliegen/neu', 'request', { title: 'Radweg', body: 'Bitte' });
    saveDraft(store, '/p/dorf-app/anliegen/neu', 'other', 'x');
    expect(readDraft(store, '/p/dorf-app/anliegen/neu', 'request')).toEqual({ title: 'Radweg', body: 'Bitte' });
    expect(readDraft(store, '/p/geoportal/anliegen/neu', 'request')).toBeUndefined();
  });

  it('treats the query string and hash as the same page', () => {
    expect(draftKey('/p/dorf-app/abstimmungen/1?x=1#y', 'ballot')).toBe(
      draftKey('/p/dorf-app/abstimmungen/1', 'ballot'),
    );
  });

  it('forgets a cleared draft', () => {
    const store = memoryStore();
    saveDraft(store, '/konto', 'profile', { name: 'A' });
    clearDraft(store, '/konto', 'profile');
    expect(readDraft(store, '/konto', 'profile')).toBeUndefined();
  });

  it('ignores what it cannot read, and storage that refuses', () => {
    const store = memoryStore();
    store.items.set(draftKey('/konto', 'profile'), '{not json');
    expect(readDraft(store, '/konto', 'profile')).toBeUndefined();
    const full: DraftStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(() => saveDraft(full, '/konto', 'profile', 1)).not.toThrow();
    expect(readDraft(full, '/konto', 'profile')).toBeUndefined();
  });

  it('saves the current input of the forms on screen, and no longer once they are gone', () => {
    const store = memoryStore();
    let title = 'Rad';
    const unregister = registerDraft('/p/dorf-app/anliegen/neu', 'request', () => ({ title }));
    title = 'Radweg';
    saveOpenDrafts(store);
    expect(readDraft(store, '/p/dorf-app/anliegen/neu', 'request')).toEqual({ title: 'Radweg' });
    unregister();
    store.items.clear();
    saveOpenDrafts(store);
    expect(store.items.size).toBe(0);
  });
});
