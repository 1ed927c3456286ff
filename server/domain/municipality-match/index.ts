// Finds a municipality (kommun) from a code or a name as people write them in
// spreadsheets, and explains in Swedish when it cannot.
import { exactNameKey, foldedNameKey, nameKeyVariants } from './name-keys';

export type MunicipalityRef = { kommunkod: string; name: string };

/** `notice` is set when the input was accepted after a correction the user should know about. */
export type MatchResult =
  | { ok: true; kommunkod: string; notice?: string }
  | { ok: false; reason: 'unknown' | 'ambiguous' | 'mismatch'; message: string };

export type MunicipalityMatcher = {
  byCode(input: string): MatchResult;
  byName(input: string): MatchResult;
  resolve(input: { code?: string | null; name?: string | null }): MatchResult;
};

const CODE_EXAMPLE = 'En kommunkod har fyra siffror, till exempel 0114.';

function unknown(message: string): MatchResult {
  return { ok: false, reason: 'unknown', message };
}

function listWithEller(items: string[]): string {
  return `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;
}

/**
 * Rules: a code is four digits; three digits are read with the leading zero that
 * Excel drops from numbers ("114" → "0114"), reported in `notice`. A name is
 * accepted only on an exact match (see name-keys.ts), and an exact match wins even
 * when another name is equal without diacritics ("Habo" is Habo 0643, never Håbo).
 * Without an exact match, the diacritic-free comparison gives a suggestion (one
 * candidate) or an 'ambiguous' result (several), never an accepted match.
 */
export function createMunicipalityMatcher(list: readonly MunicipalityRef[]): MunicipalityMatcher {
  const byKommunkod = new Map<string, MunicipalityRef>();
  const byExactKey = new Map<string, MunicipalityRef>();
  const byFoldedKey = new Map<string, MunicipalityRef[]>();
  for (const m of list) {
    if (byKommunkod.has(m.kommunkod)) throw new Error(`Duplicate kommunkod ${m.kommunkod}`);
    if (byExactKey.has(exactNameKey(m.name))) throw new Error(`Duplicate municipality name ${m.name}`);
    byKommunkod.set(m.kommunkod, m);
    byExactKey.set(exactNameKey(m.name), m);
    const folded = foldedNameKey(m.name);
    byFoldedKey.set(folded, [...(byFoldedKey.get(folded) ?? []), m]);
  }

  function byCode(input: string): MatchResult {
    const code = input.trim();
    if (code === '') return unknown('Kommunkod saknas.');
    if (!/^\d{3,4}$/.test(code)) return unknown(`”${code}” är ingen kommunkod. ${CODE_EXAMPLE}`);
    const padded = code.padStart(4, '0');
    const found = byKommunkod.get(padded);
    if (!found) return unknown(`Det finns ingen kommun med kommunkod ${code}. ${CODE_EXAMPLE}`);
    if (padded === code) return { ok: true, kommunkod: padded };
    return {
      ok: true,
      kommunkod: padded,
      notice: `Kommunkoden ${code} lästes som ${padded} (${found.name}). Excel tar ofta bort den inledande nollan.`,
    };
  }

  function exactMatch(name: string): MunicipalityRef | undefined {
    return nameKeyVariants(name).map((key) => byExactKey.get(key)).find((m) => m !== undefined);
  }

  function foldedCandidates(name: string): MunicipalityRef[] {
    return nameKeyVariants(name).map((key) => byFoldedKey.get(foldedNameKey(key))).find((ms) => ms !== undefined) ?? [];
  }

  function byName(input: string): MatchResult {
    const name = input.trim();
    if (name === '') return unknown('Kommunnamn saknas.');
    const exact = exactMatch(name);
    if (exact) return { ok: true, kommunkod: exact.kommunkod };
    const candidates = foldedCandidates(name);
    if (candidates.length === 1) return unknown(`Det finns ingen kommun som heter ”${name}”. Menade du ${candidates[0].name}?`);
    if (candidates.length > 1) {
      const options = listWithEller(candidates.map((m) => `${m.name} (${m.kommunkod})`));
      return { ok: false, reason: 'ambiguous', message: `Namnet ”${name}” kan avse ${options}. Ange kommunkod.` };
    }
    return unknown(`Det finns ingen kommun som heter ”${name}”.`);
  }

  /**
   * Code and name together: the code decides, the name is a check. A name that
   * matches the code's municipality only without diacritics ("Malmo" with 1280)
   * passes; a name of another municipality, or of none, is a 'mismatch'.
   */
  function resolve(input: { code?: string | null; name?: string | null }): MatchResult {
    const code = input.code?.trim() ?? '';
    const name = input.name?.trim() ?? '';
    if (code === '' && name === '') return unknown('Ange kommunkod eller kommunnamn.');
    if (code === '') return byName(name);
    const fromCode = byCode(code);
    if (name === '' || !fromCode.ok) return fromCode;
    const municipality = byKommunkod.get(fromCode.kommunkod)!;
    const exact = exactMatch(name);
    const agrees = exact
      ? exact.kommunkod === municipality.kommunkod
      : foldedCandidates(name).includes(municipality);
    if (agrees) return fromCode;
    return {
      ok: false,
      reason: 'mismatch',
      message: `Kommunkoden ${municipality.kommunkod} hör till ${municipality.name}, inte ${name}. Kontrollera kod och namn.`,
    };
  }

  return { byCode, byName, resolve };
}
