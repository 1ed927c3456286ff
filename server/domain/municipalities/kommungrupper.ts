/**
 * Classifications used to describe, filter and weigh municipalities: landsdel and SKR's
 * kommungruppsindelning 2023. Kept as data so register filters and representativeness tables
 * list the groups in the same order everywhere.
 */
export const LANDSDELAR = ['Götaland', 'Svealand', 'Norrland'] as const;
export type Landsdel = (typeof LANDSDELAR)[number];

export const HUVUDGRUPPER = {
  A: 'Storstäder och storstadsnära kommuner',
  B: 'Större städer och kommuner nära större stad',
  C: 'Mindre städer/tätorter och landsbygdskommuner',
} as const;
export type Huvudgrupp = keyof typeof HUVUDGRUPPER;

export type KommungruppCode = 'A1' | 'A2' | 'B3' | 'B4' | 'B5' | 'C6' | 'C7' | 'C8' | 'C9';

export interface Kommungrupp {
  readonly code: KommungruppCode;
  readonly name: string;
  readonly huvudgrupp: Huvudgrupp;
}

// Names worded as in SKR's 2023 list (C7 is "… nära mindre tätort"; match on the code).
export const KOMMUNGRUPPER: Readonly<Record<KommungruppCode, Kommungrupp>> = Object.freeze({
  A1: { code: 'A1', name: 'Storstäder', huvudgrupp: 'A' },
  A2: { code: 'A2', name: 'Pendlingskommun nära storstad', huvudgrupp: 'A' },
  B3: { code: 'B3', name: 'Större stad', huvudgrupp: 'B' },
  B4: { code: 'B4', name: 'Pendlingskommun nära större stad', huvudgrupp: 'B' },
  B5: { code: 'B5', name: 'Lågpendlingskommun nära större stad', huvudgrupp: 'B' },
  C6: { code: 'C6', name: 'Mindre stad/tätort', huvudgrupp: 'C' },
  C7: { code: 'C7', name: 'Pendlingskommun nära mindre tätort', huvudgrupp: 'C' },
  C8: { code: 'C8', name: 'Landsbygdskommun', huvudgrupp: 'C' },
  C9: { code: 'C9', name: 'Landsbygdskommun med besöksnäring', huvudgrupp: 'C' },
});

/** The codes in SKR's order, A1 first. */
export const KOMMUNGRUPP_CODES = Object.keys(KOMMUNGRUPPER) as KommungruppCode[];

export function isLandsdel(value: string): value is Landsdel {
  return (LANDSDELAR as readonly string[]).includes(value);
}

export function isKommungruppCode(value: string): value is KommungruppCode {
  return Object.hasOwn(KOMMUNGRUPPER, value);
}
