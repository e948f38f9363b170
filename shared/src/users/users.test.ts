import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passwordFormProblem } from './password';
import { isSafeUsername, normaliseUsername } from './username';

describe('usernames', () => {
  it('normalises full-width and compatibility forms', () => {
    expect(normaliseUsername(' ａｄｍｉｎ ')).toBe('admin');
    expect(normaliseUsername('zhang.san')).toBe('zhang.san');
  });

  it('refuses look-alike scripts, invisible characters and odd starts', () => {
    for (const name of [
      '\u0430dmin', // Cyrillic а
      'adm\u0456n', // Cyrillic і
      '\u03bfperator', // Greek ο
      'ad\u200bmin', // zero-width space
      'admin\u0301', // combining accent
      '-admin',
      '.admin',
      'a',
      'a b',
      'a@b',
      'x'.repeat(65),
    ])
      expect(isSafeUsername(normaliseUsername(name)), name).toBe(false);
  });

  it('accepts ASCII names and Chinese names', () => {
    for (const name of ['admin', 'zhang.san', 'sichuan_01', 'li-si', '张三', '成都市卫健委'])
      expect(isSafeUsername(normaliseUsername(name)), name).toBe(true);
  });

  it('never accepts a character outside ASCII letters, digits, . _ - and Chinese', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 2, maxLength: 20 }), (s) => {
        const name = normaliseUsername(s);
        if (isSafeUsername(name))
          expect([...name].every((ch) => /[A-Za-z0-9._-]|\p{Script=Han}/u.test(ch))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('passwordFormProblem', () => {
  it('refuses short, all-blank and control-character passwords, in Chinese with a code', () => {
    expect(passwordFormProblem('short')).toMatch(/至少 10 个字符.*password_too_short/);
    expect(passwordFormProblem(' '.repeat(12))).toMatch(/空白.*password_blank/);
    expect(passwordFormProblem('\u3000'.repeat(12))).toMatch(/password_blank/);
    expect(passwordFormProblem('good pass\u0000word')).toMatch(/控制字符/);
    expect(passwordFormProblem('tab\there-long')).toMatch(/password_control_character/);
  });

  it('accepts long passphrases with spaces and Chinese', () => {
    expect(passwordFormProblem('correct horse battery')).toBeNull();
    expect(passwordFormProblem('春眠不觉晓处处闻啼鸟')).toBeNull();
  });
});
