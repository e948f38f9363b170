import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { passwordFormProblem } from '@targetboard/shared/users/password';
import { AppError } from '../http/errors';

/**
 * zxcvbn's score 3 means "safely unguessable: moderate protection from offline slow-hash
 * scenario" (≥ 10⁸ guesses); below it a password is a common one, a keyboard walk, a date, a
 * repeat, or a dictionary word with a few changes. Sessions sit behind argon2id and the sign-in
 * limits, so 3 is enough; 4 would refuse many passphrases people remember.
 */
const MIN_SCORE = 3;

// The estimator loads its dictionaries (~40,000 common passwords, names, words) once.
let estimator: ZxcvbnFactory | undefined;
function strength(password: string, userInputs: string[]) {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator.check(password, userInputs);
}

/** Words a guesser of this app's passwords tries first, besides the user's own names. */
const APP_WORDS = ['targetboard', 'zhibiao', 'kanban', 'weijian', 'weisheng', 'health', 'admin'];

/**
 * What is wrong with a new password (form, then strength against the user's own names), in
 * Chinese with a reason code, or null when it may be set.
 */
export function passwordProblem(
  password: string,
  user: { username: string; displayName?: string },
): string | null {
  const form = passwordFormProblem(password);
  if (form) return form;
  const inputs = [user.username, user.displayName ?? '', ...APP_WORDS].filter(Boolean);
  if (strength(password, inputs).score < MIN_SCORE)
    return '密码过于常见或容易猜到（如常用密码、键盘序列、重复字符、日期或用户名），请换一个更长、更少见的密码（password_too_weak）';
  return null;
}

/** 422 naming the field when the password may not be set. */
export function assertAcceptablePassword(
  password: string,
  user: { username: string; displayName?: string },
  field = 'json.password',
): void {
  const problem = passwordProblem(password, user);
  if (problem)
    throw new AppError(422, 'validation_failed', problem, {
      issues: [{ path: field, message: problem }],
    });
}
