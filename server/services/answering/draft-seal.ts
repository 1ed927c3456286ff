import type { Answers } from '../../domain/survey/answering';
import { aesOpen, aesSeal } from '../../security/sealed-box';
import { hkdfSha256Block, hmac } from '../../security/tokens';

// A draft (answers and the page to resume at) is sealed with AES-256-GCM under a key derived from the member's
// own link token, which is never stored: without the mailed link (or the browser's answer cookie) nobody, not
// even with the database, the data folder and the app secret, can read it. The invitation id is the associated
// data, so a sealed draft cannot be moved to another invitation. See docs/ANONYMITY.md.

export interface DraftContent { answers: Answers; page: string | null }

const PREFIX = 'd2.';
const aad = (invitationId: number) => `draft:${invitationId}`;

const DRAFT_KEY_INFO = 'aldreomsorgspanelen draft key v1';

/** HKDF-SHA256 (RFC 5869) of the token with an empty salt, 32 bytes: written as its two HMACs (extract, then the
 *  one expand block), which is the same key as `hkdfSync` at a third of its cost on every respondent request. */
export function draftKeyFor(token: string): Buffer {
  return hkdfSha256Block(token, DRAFT_KEY_INFO);
}

export function sealDraft(key: Buffer, invitationId: number, content: DraftContent): string {
  return PREFIX + aesSeal(key, Buffer.from(JSON.stringify(content), 'utf8'), aad(invitationId)).toString('base64');
}

/** Drafts saved before version 2 were sealed under the app secret, with page_key in the clear. They are still
 *  read (and sealed anew at the next save); the close of their wave deletes the rest. */
function openLegacy(secret: string, invitationId: number, sealed: string, pageKey: string | null): DraftContent {
  const key = hmac(secret, 'draft-seal-v1');
  const d = aesOpen(key, Buffer.from(sealed, 'base64'), String(invitationId));
  return { answers: JSON.parse(d.toString('utf8')) as Answers, page: pageKey };
}

/** The draft, or null when it cannot be opened with this key (saved through another of the member's links). */
export function openDraft(key: Buffer, secret: string, invitationId: number, stored: { answers: string; page_key: string | null }): DraftContent | null {
  try {
    if (!stored.answers.startsWith(PREFIX)) return openLegacy(secret, invitationId, stored.answers, stored.page_key);
    return JSON.parse(aesOpen(key, Buffer.from(stored.answers.slice(PREFIX.length), 'base64'), aad(invitationId)).toString('utf8')) as DraftContent;
  } catch {
    return null;
  }
}
