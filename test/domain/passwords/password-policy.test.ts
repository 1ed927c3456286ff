import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  checkPasswordPolicy,
  isCommonPassword,
  PASSWORD_MESSAGES as MSG,
} from '../../../server/domain/passwords';

describe('domain/passwords: checkPasswordPolicy', () => {
  it('accepts an ordinary passphrase', () => {
    assert.equal(checkPasswordPolicy('kaffe och kanelbulle'), null);
    assert.equal(checkPasswordPolicy('Tr4ns-Fjäril'), null);
  });

  it('asks for a password when it is empty', () => {
    assert.equal(checkPasswordPolicy(''), 'Ange ett lösenord.');
  });

  it('needs at least 8 characters, counted as code points', () => {
    assert.equal(checkPasswordPolicy('kort7ab'), 'Lösenordet måste ha minst 8 tecken.');
    assert.equal(checkPasswordPolicy('kort8abc'), null);
    // 4 emoji are 8 UTF-16 units but only 4 characters.
    assert.equal(checkPasswordPolicy('🍎🍐🍊🍋'), MSG.tooShort);
    assert.equal(checkPasswordPolicy('🍎🍐🍊🍋🍌🍉🍇🍓'), null);
  });

  it('accepts 128 characters and refuses 129', () => {
    assert.equal(checkPasswordPolicy('å'.repeat(128)), null);
    assert.equal(checkPasswordPolicy('å'.repeat(129)), 'Lösenordet får ha högst 128 tecken.');
  });

  it('refuses a password of only whitespace', () => {
    assert.equal(checkPasswordPolicy(' '.repeat(10)), MSG.onlyWhitespace);
    assert.equal(checkPasswordPolicy('\t \u00a0'.repeat(4)), MSG.onlyWhitespace);
  });

  it('refuses common passwords, whatever the case, including Swedish ones', () => {
    for (const pw of ['password', '12345678', 'qwerty123', 'sommar2024', 'Lösenord1', 'LÖSENORD123', 'välkommen', 'Äldreomsorg']) {
      assert.equal(checkPasswordPolicy(pw), MSG.common, pw);
    }
  });

  it('compares Swedish letters whatever their Unicode form', () => {
    const decomposed = 'va\u0308lkommen'; // "välkommen" with a combining diaeresis
    assert.equal(checkPasswordPolicy(decomposed), MSG.common);
  });

  it('refuses the e-mail address or its local part, ignoring case', () => {
    const email = 'Karin.Lindberg@vaxjo.example';
    assert.equal(checkPasswordPolicy('karin.lindberg@VAXJO.example', { email }), MSG.sameAsEmail);
    assert.equal(checkPasswordPolicy('KARIN.LINDBERG', { email }), MSG.sameAsEmail);
    assert.equal(checkPasswordPolicy('karin.lindberg1', { email }), null);
    assert.equal(checkPasswordPolicy('KARIN.LINDBERG'), null, 'no e-mail given');
  });
});

describe('domain/passwords: common-passwords.txt', () => {
  const lines = readFileSync(new URL('../../../server/domain/passwords/common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));

  it('holds about 300 entries, each refused', () => {
    assert.ok(lines.length >= 280 && lines.length <= 400, `${lines.length} entries`);
    for (const line of lines) assert.ok(isCommonPassword(line), line);
  });

  it('does not refuse a rare password', () => {
    assert.equal(isCommonPassword('blåbärssylt-i-januari'), false);
  });
});
