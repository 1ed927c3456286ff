import { markFor, type SuppressionReason } from '../../domain/disclosure';
import type { RateRow, ResponseRates } from '../../domain/results';
import { formatPercent } from '../../domain/statistics';

const rate = (r: { rate: number | null }) => (r.rate === null ? '–' : formatPercent(r.rate));

/** The response-rate block of a results page: overall figures and one table per breakdown, hidden groups marked. */
export function responseRateView(rates: ResponseRates) {
  return {
    invited: rates.invited, submitted: rates.submitted, rate: rate(rates),
    groups: rates.groups.map((g) => ({
      label: g.label,
      lowNotes: g.rows.filter((r) => r.low).map(lowRateNote),
      table: {
        caption: `Svarsfrekvens per ${g.label.toLowerCase()}`,
        columns: [g.label, 'Inbjudna', 'Har svarat', 'Svarsfrekvens'],
        rows: g.rows.map((r) => (r.hidden ? [r.label, String(r.invited), markFor(r.hidden), markFor(r.hidden)] : [r.label, String(r.invited), String(r.submitted), rate(r)])),
        footnotes: rateFootnotes(g.reasons, rates.k),
      },
    })),
  };
}

function rateFootnotes(reasons: SuppressionReason[], k: number): string[] {
  const notes: string[] = [];
  if (reasons.includes('primary')) notes.push(`${markFor('primary')} = färre än ${k} har svarat i gruppen, så antalet visas inte.`);
  if (reasons.includes('complementary')) notes.push(`${markFor('complementary')} = dold för att skydda en annan grupp: annars skulle antalet i en liten grupp kunna räknas fram ur totalen.`);
  return notes;
}

const lowRateNote = (r: RateRow) =>
  `${r.label} svarade ${rate(r)}. Med så låg svarsfrekvens kan resultaten för ${r.label} skilja sig från läget i gruppens alla inbjudna kommuner; läs dem med försiktighet.`;
