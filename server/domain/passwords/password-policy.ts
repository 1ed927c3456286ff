/**
 * Password rules (SECURITY-CHECKLIST item 4, after NIST SP 800-63B): long enough, not absurdly
 * long, not blank, not the user's own e-mail, not a common password. No composition rules
 * (digits, symbols): they make passwords harder to remember without making them much stronger.
 */
import { isCommonPassword, passwordListKey } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 8;
// Argon2 hashes any length, but a cap stops huge inputs from costing CPU and memory.
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_MESSAGES = {
  missing: 'Ange ett lösenord.',
  tooShort: `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken.`,
  tooLong: `Lösenordet får ha högst ${PASSWORD_MAX_LENGTH} tecken.`,
  onlyWhitespace: 'Lösenordet får inte bara bestå av mellanslag.',
  sameAsEmail: 'Lösenordet får inte vara samma som din e-postadress.',
  common: 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat.',
} as const;

/** Returns a Swedish message saying what is wrong, or null when the password is acceptable. */
export function checkPasswordPolicy(password: string, context: { email?: string } = {}): string | null {
  if (password === '') return PASSWORD_MESSAGES.missing;
  // Count code points, not UTF-16 units, so "åäö" and emoji count as one character each.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (length > PASSWORD_MAX_LENGTH) return PASSWORD_MESSAGES.tooLong;
  if (password.trim() === '') return PASSWORD_MESSAGES.onlyWhitespace;
  if (context.email && matchesEmail(password, context.email)) return PASSWORD_MESSAGES.sameAsEmail;
  if (isCommonPassword(password)) return PASSWORD_MESSAGES.common;
  return null;
}

function matchesEmail(password: string, email: string): boolean {
  const key = passwordListKey(password);
  const address = passwordListKey(email);
  const at = address.lastIndexOf('@');
  const localPart = at > 0 ? address.slice(0, at) : address;
  return key === address || key === localPart;
}
