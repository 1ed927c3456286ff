import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Answers } from '../../domain/survey/answering';

// Drafts are the only place where unfinished answers sit beside an invitation. They are sealed with
// AES-256-GCM under a key derived from the app secret (which is not in the database), so a database dump
// alone shows no draft content. The invitation id is the associated data: a sealed draft cannot be moved
// to another invitation.
const keys = new Map<string, Buffer>();
function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createHmac('sha256', secret).update('draft-seal-v1').digest()));
  return key;
}

export function sealDraft(secret: string, invitationId: number, answers: Answers): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret), iv);
  cipher.setAAD(Buffer.from(String(invitationId)));
  const body = Buffer.concat([cipher.update(JSON.stringify(answers), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Empty answers when the draft cannot be opened (e.g. after the secret was changed). */
export function openDraft(secret: string, invitationId: number, sealed: string): Answers {
  try {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(String(invitationId)));
    decipher.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as Answers;
  } catch {
    return {};
  }
}
