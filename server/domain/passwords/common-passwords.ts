/**
 * The list of common passwords bundled beside this module. It is read once, on first use, so
 * importing the domain stays free of I/O until a password is actually checked. Reading its own
 * data file is the one exception to "domain does no I/O": the list is part of the rule.
 */
import { readFileSync } from 'node:fs';

const LIST_URL = new URL('./common-passwords.txt', import.meta.url);

let commonPasswords: ReadonlySet<string> | undefined;

/** Case- and Unicode-form-insensitive key, so "Lösenord1" matches "lösenord1". */
export function passwordListKey(password: string): string {
  return password.normalize('NFC').trim().toLowerCase();
}

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(LIST_URL, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map(passwordListKey),
  );
  return commonPasswords.has(passwordListKey(password));
}
