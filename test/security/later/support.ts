import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { createMailer } from '../../../server/mail/mailer';
import { drainOutbox } from '../../../server/services/drain-outbox';
import { createTestContext, type TestContext } from '../../support/context';
import { startTestSmtp, type TestSmtp } from '../../support/smtp';

/** A fresh random seed per run, printed so a failure can be repeated: PROPERTY_SEED=<n>. */
export function propertySeed(suite: string): number {
  const seed = Number(process.env.PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`      ${suite}: fast-check seed ${seed} (repeat with PROPERTY_SEED=${seed})`);
  return seed;
}

// What a staff member can paste: quotes, markup, control characters, line and paragraph separators,
// bidi marks, a BOM, emoji, markdown. (No lone surrogates: a browser cannot send them.)
const UNITS = [
  'a', 'Å', 'ö', 'Z', '1', ' ', '"', "'", '<', '>', '&', '\\', '\n', '\r', '\t', '\u0000', '\u0001', '\u0008', '\u000b', '\u001b',
  '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u200e', '\u202e', '\ufeff', '😀', '#', '*', '_', '[', ']', '(', ')', '`',
  '%', '{', '}', '=', ';', ':', ',', '.', '/', '?', '@', '-', '|', '~', 'http://', '<script>', '](javascript:x)', '\r\n',
];

/** Any text a staff member could type or paste into a field: starts with a letter (so required
 *  fields are mostly filled) and is at most `max` characters (so most forms accept it). */
export function staffText(max = 60): fc.Arbitrary<string> {
  const units = (from: string[]) => fc.array(fc.constantFrom(...from), { maxLength: Math.min(max, 40) }).map((u) => `T${u.join('')}`.slice(0, max));
  // Mostly without control characters, so that the forms accept most values and the later steps run.
  return fc.oneof({ weight: 4, arbitrary: units(UNITS.filter((u) => !CONTROL.test(u))) }, { weight: 1, arbitrary: units(UNITS) });
}
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Mostly plausible, sometimes hostile link values. The forms take https links only, with no
 *  whitespace or control characters (server/inputs/safe-values.ts), so the plausible share is an https
 *  link whose path may still hold quotes, markup, bidi marks and emoji (stored percent-encoded); the
 *  hostile share (other schemes, a bare https://, whitespace, controls) is refused with a 422. */
const plausibleUrl: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom('https://moten.example/m/', 'https://moten.example:8443/'),
  fc.array(fc.constantFrom(...UNITS.filter((u) => !CONTROL.test(u) && !/\s/.test(u))), { maxLength: 6 }).map((u) => u.join('')),
).map(([a, b]) => a + b);
const hostileUrl: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom('https://moten.example/m/', 'https://moten.example:8443/', 'http://moten.example/', 'javascript:alert(1)//', 'https://', 'ftp://x.example/', ''),
  fc.array(fc.constantFrom(...UNITS), { maxLength: 6 }).map((u) => u.join('')),
).map(([a, b]) => a + b);
export const staffUrl: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: plausibleUrl }, { weight: 1, arbitrary: hostileUrl });

/** Never a server error, whatever was accepted or refused. */
export function assertNot500(res: Response, where: string): void {
  assert.ok(res.status < 500, `${where}: ${res.status} ${(res.text ?? '').slice(0, 300)}`);
}

/** A test context whose outbox drains into a real loopback SMTP server. */
export async function smtpContext(): Promise<{ ctx: TestContext; smtp: TestSmtp; close(): Promise<void> }> {
  const smtp = await startTestSmtp({ parse: false });
  const ctx = await createTestContext();
  (ctx.deps as { mailer: unknown }).mailer = createMailer({ smtpUrl: smtp.url });
  return { ctx, smtp, async close() { ctx.deps.mailer.close(); await ctx.close(); await smtp.close(); } };
}

/** Drains the outbox; every queued mail must be accepted by the SMTP server (none left failing). */
export async function assertMailGoesOut(ctx: TestContext, where: string): Promise<void> {
  await drainOutbox(ctx.deps);
  const stuck = await ctx.db.selectFrom('outbox').select(['category', 'status', 'last_error']).where('status', 'in', ['queued', 'failed', 'sending']).execute();
  assert.deepEqual(stuck, [], `${where}: mail not sent`);
}
