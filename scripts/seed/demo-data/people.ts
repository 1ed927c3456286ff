/**
 * Fictitious contact people for demo municipalities. Nothing here can reach a real person:
 * - e-mail uses only the `.example` top-level domain, which RFC 2606 reserves for examples, so no
 *   mail can ever be delivered: `fornamn.efternamn@<kommun-slug>.example`;
 * - phone numbers come from the mobile range 070-174 06 05 … 070-174 06 99, which PTS (the
 *   Swedish Post and Telecom Authority) reserves for fiction (film, TV, books) and never assigns.
 * Note: Håbo and Habo share the slug `habo`; seed code that needs unique e-mails across the demo
 * must check for duplicates itself.
 */
import { FIRST_NAMES, SURNAMES } from './swedish-names';
import { pickOne, randomIndex, type Rng } from './random';

export { createRng, type Rng } from './random';

export interface FictitiousPerson {
  name: string;
  title: string;
  email: string;
  phone: string;
}

// Weighted by repetition: most panel members carry the title Äldreomsorgschef.
const TITLES: readonly string[] = [
  'Äldreomsorgschef', 'Äldreomsorgschef', 'Äldreomsorgschef', 'Äldreomsorgschef', 'Äldreomsorgschef',
  'Äldreomsorgschef', 'Förvaltningschef, vård och omsorg', 'Verksamhetschef äldreomsorg', 'Socialchef',
];

const FIRST_FICTITIOUS_MOBILE = 5; // 070-174 06 05
const LAST_FICTITIOUS_MOBILE = 99; // 070-174 06 99

export function fictitiousPerson(rng: Rng, kommun: { name: string; kommunkod: string }): FictitiousPerson {
  const firstName = pickOne(rng, FIRST_NAMES);
  const surname = pickOne(rng, SURNAMES);
  const suffix = FIRST_FICTITIOUS_MOBILE + randomIndex(rng, LAST_FICTITIOUS_MOBILE - FIRST_FICTITIOUS_MOBILE + 1);
  return {
    name: `${firstName} ${surname}`,
    title: pickOne(rng, TITLES),
    email: `${asciiSlug(firstName)}.${asciiSlug(surname)}@${asciiSlug(kommun.name)}.example`,
    phone: `070-174 06 ${String(suffix).padStart(2, '0')}`,
  };
}

/** Lowercase ASCII for e-mail parts and host names: å/ä → a, ö → o, é → e, spaces → '-'. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // drops the ring and dots that NFD splits off å, ä, ö
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}
