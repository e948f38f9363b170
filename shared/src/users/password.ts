/** Length over composition rules (NIST SP 800-63B): 10 to 256 characters. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * What is wrong with a password's form, in Chinese with a reason code, or null. Strength
 * (common, guessable) is judged on the server by a dictionary estimator; this part is cheap
 * and shared so the form can say it at once.
 */
export function passwordFormProblem(password: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return `密码至少 ${PASSWORD_MIN_LENGTH} 个字符（password_too_short）`;
  if ([...password].length > PASSWORD_MAX_LENGTH)
    return `密码最多 ${PASSWORD_MAX_LENGTH} 个字符（password_too_long）`;
  if (/^\s*$/u.test(password)) return '密码不能全是空白（password_blank）';
  // Control characters (NUL, tab, line ends, ESC…) cannot be typed back in a login form.
  if (/\p{Cc}/u.test(password)) return '密码不能包含控制字符（password_control_character）';
  return null;
}
