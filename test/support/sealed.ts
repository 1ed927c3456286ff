import assert from 'node:assert/strict';

// Random ciphertext contains any given two-character string quite often ("ja", "15"), so absence of
// plaintext is checked with whole phrases only, in the stored text and in its base64-decoded bytes.
const MIN_PHRASE = 6;

/** Asserts that `stored` reveals none of `phrases`, neither as text nor base64-encoded. */
export function assertNoPlaintext(stored: string, phrases: readonly string[], what: string): void {
  const views = [stored];
  if (/^[A-Za-z0-9+/_-]+=*$/.test(stored)) {
    const bytes = Buffer.from(stored, 'base64');
    views.push(bytes.toString('utf8'), bytes.toString('latin1'));
  }
  for (const phrase of phrases) {
    assert.ok(phrase.length >= MIN_PHRASE, `"${phrase}" is too short to test its absence in random bytes`);
    for (const view of views) assert.ok(!view.includes(phrase), `${what} reveals "${phrase}"`);
  }
}
