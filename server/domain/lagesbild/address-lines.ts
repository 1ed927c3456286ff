import { z } from 'zod';

export interface AddressEntry { email: string; name: string | null }

const emailCheck = z.email();
const NAMED = /^(.*?)\s*<([^<>\s]+)>$/;

/** "Namn <e-post>" or a bare address, one per line; blank lines are skipped. Addresses are compared in lower case. */
export function parseAddressLines(text: string): { entries: AddressEntry[]; badLines: number[] } {
  const entries = new Map<string, AddressEntry>();
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const named = NAMED.exec(line);
    const email = (named ? named[2]! : line).toLowerCase();
    const name = named?.[1]?.trim().replace(/^"|"$/g, '') || null;
    if (!emailCheck.safeParse(email).success) badLines.push(index + 1);
    else if (!entries.has(email)) entries.set(email, { email, name });
  });
  return { entries: [...entries.values()], badLines };
}
