/**
 * Usernames are compared after NFKC (so full-width ａｄｍｉｎ is admin) and in lower case, and
 * new ones are limited to ASCII letters, digits, `.`, `_`, `-` and Chinese characters: no
 * script with letters that look like Latin ones (Cyrillic а, Greek ο), no invisible or
 * combining characters, so nobody can register a name that reads as another user's.
 */
export const USERNAME_PATTERN = /^[A-Za-z0-9\p{Script=Han}][A-Za-z0-9._\p{Script=Han}-]{1,63}$/u;

/** The form a username is stored, compared and rate-limited in: NFKC, trimmed. */
export function normaliseUsername(username: string): string {
  return username.normalize('NFKC').trim();
}

/** Whether a normalised username uses only the safe alphabet (2–64 characters, not starting with . _ -). */
export function isSafeUsername(username: string): boolean {
  return USERNAME_PATTERN.test(username);
}
