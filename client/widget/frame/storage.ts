/**
 * What the widget keeps in the tab's sessionStorage: the conversation token (to resume after a reload or a
 * reconnect), whether the notice was accepted, the language the patient picked and whether the panel was
 * open. A browser that refuses storage (third-party storage blocked) still works, for this page view only.
 */

const PREFIX = 'plaincare.';

export type StorageKey = 'token' | 'accepted' | 'lang' | 'open';

export interface WidgetStorage {
  get(key: StorageKey): string | undefined;
  set(key: StorageKey, value: string): void;
  remove(key: StorageKey): void;
}

/** The part of the Web Storage API used (sessionStorage has it), so this module does not need the DOM. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function createWidgetStorage(backing: () => KeyValueStore): WidgetStorage {
  const memory = new Map<StorageKey, string>();
  const attempt = <T>(use: (storage: KeyValueStore) => T): T | undefined => {
    try {
      return use(backing());
    } catch {
      return undefined;
    }
  };
  return {
    get: (key) => attempt((s) => s.getItem(PREFIX + key)) ?? memory.get(key),
    set: (key, value) => {
      memory.set(key, value);
      attempt((s) => s.setItem(PREFIX + key, value));
    },
    remove: (key) => {
      memory.delete(key);
      attempt((s) => s.removeItem(PREFIX + key));
    },
  };
}
