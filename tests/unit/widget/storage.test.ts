import { describe, expect, test } from '@jest/globals';
import { createWidgetStorage, type KeyValueStore } from '../../../client/widget/frame/storage.js';

/** sessionStorage when the browser allows it; memory for this page view when it does not. */

class FakeStorage implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

describe('widget storage', () => {
  test('keeps values under its own prefix in sessionStorage', () => {
    const backing = new FakeStorage();
    const storage = createWidgetStorage(() => backing);
    storage.set('token', 'abc.def');
    expect(backing.data.get('plaincare.token')).toBe('abc.def');
    expect(createWidgetStorage(() => backing).get('token')).toBe('abc.def');
    storage.remove('token');
    expect(storage.get('token')).toBeUndefined();
  });

  test('blocked storage (third-party storage off) still works for this page view', () => {
    const storage = createWidgetStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(storage.get('accepted')).toBeUndefined();
    storage.set('accepted', '1');
    expect(storage.get('accepted')).toBe('1');
  });
});
