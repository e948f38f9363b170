import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

const user = { username: 'zhang.san', displayName: '张三' };

describe('passwordProblem', () => {
  it('refuses common, trivial and personal passwords', () => {
    for (const weak of [
      'password123',
      'qwertyuiop',
      '1234567890',
      'aaaaaaaaaaaa',
      'iloveyou2024',
      'zhang.san2024',
      'Targetboard1',
      'admin12345',
      'P@ssw0rd123',
      'abcdefghijk',
    ]) {
      expect(passwordProblem(weak, user), weak).toMatch(/password_too_weak/);
    }
  });

  it('refuses by form first: blank, control characters, length', () => {
    expect(passwordProblem(' '.repeat(12), user)).toMatch(/password_blank/);
    expect(passwordProblem('tr0ub4dor\u0007&3xyz', user)).toMatch(/password_control_character/);
    expect(passwordProblem('Xk9#', user)).toMatch(/password_too_short/);
  });

  it('accepts long passphrases and random passwords', () => {
    for (const strong of [
      'correct horse battery',
      'Vq7!mZ2pL9xR',
      '川西高原的晚霞很好看',
      'tea-kettle-orbit-94',
    ])
      expect(passwordProblem(strong, user), strong).toBeNull();
  });
});
