import { describe, expect, it } from 'vitest';
import { isSaveShortcut } from './save-shortcut';

const keys = (over: Partial<Parameters<typeof isSaveShortcut>[0]>) => ({
  key: 's',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});

describe('isSaveShortcut', () => {
  it('is Ctrl+S or ⌘S, whatever the case of the letter', () => {
    expect(isSaveShortcut(keys({ ctrlKey: true }))).toBe(true);
    expect(isSaveShortcut(keys({ metaKey: true }))).toBe(true);
    expect(isSaveShortcut(keys({ ctrlKey: true, key: 'S' }))).toBe(true);
  });

  it('is not a plain s, another letter, or S with Alt or Shift', () => {
    expect(isSaveShortcut(keys({}))).toBe(false);
    expect(isSaveShortcut(keys({ ctrlKey: true, key: 'a' }))).toBe(false);
    expect(isSaveShortcut(keys({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSaveShortcut(keys({ ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it('leaves an input method composing alone', () => {
    expect(isSaveShortcut(keys({ ctrlKey: true, isComposing: true }))).toBe(false);
  });
});
