import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { RegisterIndicator } from '../../../db/repositories/register-indicators';
import { registerMeans, type RegisterDimension, type RegisterMean } from '../../../db/repositories/register-values';
import type { Cell, ResultRows } from '../../domain/results';
import { groupLabel, sortGroups } from './dimensions';

export const REGISTER_DIMENSIONS: readonly RegisterDimension[] = ['landsdel', 'huvudgrupp', 'kommungrupp'];
// Register values keep their decimal (21,4 %): means of municipalities' values, not shares of a handful of respondents.
const num = (_unit: string, value: number | null): Cell => ({ kind: 'number', value, hidden: false });
const text = (t: string): Cell => ({ kind: 'text', text: t });
const NOTE = 'Genomsnitt av kommunernas värden (varje kommun väger lika). Panelens kommuner är de som är med i panelen i dag.';

/** The indicator over the years: the panel's municipalities beside all municipalities. */
export async function registerByYear(db: Kysely<DB>, ind: RegisterIndicator): Promise<ResultRows> {
  const panel = await registerMeans(db, ind.id, { dimension: null, panelOnly: true });
  const all = await registerMeans(db, ind.id, { dimension: null, panelOnly: false });
  const years = [...new Set(all.map((m) => m.year))].sort((a, b) => a - b);
  const at = (list: RegisterMean[], year: number) => list.find((m) => m.year === year);
  return {
    columns: ['År', 'Panelens kommuner', 'Alla kommuner', 'Antal kommuner med värde'],
    rows: years.map((y) => [text(String(y)), num(ind.unit, at(panel, y)?.mean ?? null), num(ind.unit, at(all, y)?.mean ?? null), { kind: 'count', value: at(all, y)?.municipalities ?? 0, hidden: false }]),
    footnotes: [NOTE, `Källa: ${ind.source}.`],
  };
}

/** One year by group (landsdel, kommungrupp …): the same groups as the panel results. */
export async function registerByGroup(db: Kysely<DB>, ind: RegisterIndicator, dimension: RegisterDimension, year: number | null): Promise<{ year: number | null; rows: ResultRows }> {
  const panel = await registerMeans(db, ind.id, { dimension, panelOnly: true });
  const all = await registerMeans(db, ind.id, { dimension, panelOnly: false });
  const shown = year ?? Math.max(...all.map((m) => m.year), 0);
  const pick = (list: RegisterMean[], g: string | null) => list.find((m) => m.year === shown && m.group === g);
  const groups = sortGroups(dimension, all.filter((m) => m.year === shown && m.group !== null).map((m) => m.group!));
  const line = (label: string, g: string | null, p?: RegisterMean, a?: RegisterMean) => [
    text(label), num(ind.unit, (p ?? pick(panel, g))?.mean ?? null), num(ind.unit, (a ?? pick(all, g))?.mean ?? null), { kind: 'count', value: (a ?? pick(all, g))?.municipalities ?? 0, hidden: false } as Cell,
  ];
  const totals = await Promise.all([registerMeans(db, ind.id, { dimension: null, panelOnly: true }), registerMeans(db, ind.id, { dimension: null, panelOnly: false })]);
  const rows = groups.map((g) => line(groupLabel(dimension, g), g));
  rows.push(line('Hela riket', null, totals[0].find((m) => m.year === shown), totals[1].find((m) => m.year === shown)));
  return { year: all.length ? shown : null, rows: { columns: ['Grupp', 'Panelens kommuner', 'Alla kommuner', 'Antal kommuner med värde'], rows, footnotes: [NOTE, `År ${shown}. Källa: ${ind.source}.`] } };
}
