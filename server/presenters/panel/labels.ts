import type { ContactRole, MemberStatus } from '../../../db/tables/panel';

export const STATUS_LABEL: Record<MemberStatus, string> = { active: 'Aktiv', paused: 'Pausad', left: 'Har lämnat' };
export const STATUS_TAG: Record<MemberStatus, string> = { active: 'tag--green', paused: 'tag--yellow', left: 'tag--grey' };
export const ROLE_TITLE: Record<ContactRole, string> = { primary: 'Ordinarie kontaktperson', deputy: 'Ersättare' };
/** In paths: /panel/kommuner/0114/kontakt/ordinarie */
export const ROLE_SLUG: Record<ContactRole, string> = { primary: 'ordinarie', deputy: 'ersattare' };

export function roleFromSlug(slug: string): ContactRole | null {
  return slug === 'ordinarie' ? 'primary' : slug === 'ersattare' ? 'deputy' : null;
}

export const CHANGE_LABEL = {
  join: 'Gå med i panelen',
  pause: 'Pausa medlemskapet',
  resume: 'Återuppta medlemskapet',
  leave: 'Lämna panelen',
} as const;

/** Flags on a contact row, as words (never colour alone). */
export function contactFlags(c: { bounced: number; unsubscribed: number; erased: number; valid_to: string | null }): { text: string; tag: string }[] {
  const flags: { text: string; tag: string }[] = [];
  if (c.erased) flags.push({ text: 'Raderad', tag: 'tag--grey' });
  else if (c.valid_to) flags.push({ text: 'Avslutad', tag: 'tag--grey' });
  if (c.bounced) flags.push({ text: 'E-post studsar', tag: 'tag--red' });
  if (c.unsubscribed) flags.push({ text: 'Avanmäld', tag: 'tag--red' });
  return flags;
}
