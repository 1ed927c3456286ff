import type { RegisterIndicator } from '../../../db/repositories/register-indicators';
import type { GroupValue } from '../../domain/register/compare';
import type { Comparison } from '../../services/results/register-compare';
import type { Cell, ResultRows } from '../../domain/results';

const MEAN = 'ovägt medel';
const WEIGHTED = 'befolkningsviktat';
const num = (value: number | null): Cell => ({ kind: 'number', value, hidden: false });

type Pick = (y: Comparison['years'][number]) => GroupValue;
/** The columns (and chart series) of a comparison: the kommun, then each group unweighted and weighted. */
function groups(c: Comparison): { label: string; pick: Pick }[] {
  return [
    { label: c.kommun.lan, pick: (y) => y.lan },
    ...(c.kommun.rssIsLan ? [] : [{ label: `RSS ${c.kommun.rssName}`, pick: (y: Comparison['years'][number]) => y.rss }]),
    { label: 'Riket', pick: (y) => y.riket },
    { label: `Kommungrupp ${c.grupp.name}`, pick: (y) => y.grupp },
  ];
}

export function comparisonNotes(ind: RegisterIndicator): string[] {
  return [
    `Ovägt medel: varje kommun väger lika, som när Kolada räknar värden för grupper av kommuner.`,
    `Befolkningsviktat: kommunernas värden vägda med folkmängden den 31 december 2024 (SCB), samma vikter alla år.`,
    'Kommuner utan värde ett år räknas inte det året.',
    `Källa: ${ind.source}.`,
  ];
}

export function comparisonRows(c: Comparison, ind: RegisterIndicator): ResultRows {
  const gs = groups(c);
  return {
    columns: ['År', c.kommun.name, ...gs.flatMap((g) => [`${g.label}, ${MEAN}`, `${g.label}, ${WEIGHTED}`])],
    rows: c.years.map((y) => [{ kind: 'text', text: String(y.year) }, num(y.kommun), ...gs.flatMap((g) => [num(g.pick(y).mean), num(g.pick(y).weighted)])]),
    footnotes: comparisonNotes(ind),
  };
}

export function comparisonSeries(c: Comparison) {
  const gs = groups(c);
  return {
    labels: c.years.map((y) => String(y.year)),
    series: [
      { label: c.kommun.name, data: c.years.map((y) => y.kommun) },
      ...gs.flatMap((g) => [
        { label: `${g.label}, ${MEAN}`, data: c.years.map((y) => g.pick(y).mean) },
        { label: `${g.label}, ${WEIGHTED}`, data: c.years.map((y) => g.pick(y).weighted), dashed: true },
      ]),
    ],
  };
}

/** The latest year per RSS region: unweighted and weighted, and how many municipalities had a value. */
export function rssRows(c: Comparison, ind: RegisterIndicator): ResultRows | null {
  if (!c.rss) return null;
  return {
    columns: ['RSS-region', `Ovägt medel`, `Befolkningsviktat`, 'Antal kommuner med värde'],
    rows: c.rss.regions.map((r) => [{ kind: 'text', text: r.name }, num(r.value.mean), num(r.value.weighted), { kind: 'count', value: r.value.municipalities, hidden: false }]),
    footnotes: [`År ${c.rss.year}. RSS-regionerna följer länen, utom Västra Götaland som har fyra: Fyrbodal, Skaraborg, Boråsregionen och Göteborgsregionen.`, ...comparisonNotes(ind)],
  };
}
