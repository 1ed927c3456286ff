import type { AppDeps } from '../../../server/deps';
import { formatPercent, sampleLagesbild, type Figure } from '../../../server/domain/lagesbild';
import type { LagesbildDraft } from '../../../server/services/lagesbilder/draft';
import { listFigureOptions } from '../../../server/services/lagesbilder/figure-sources';
import { besideKey, listBesideOptions } from '../../../server/services/lagesbilder/register-beside';

// Text for the demo lägesbild, written from the June wave's own figures so the numbers in the key
// findings always agree with the charts. Without a June wave the sample lägesbild (and its figures) is used.

const WANTED = ['q-brist_per_grupp-sjukskoterskor', 'q-brist_per_grupp-vard_omsorgspersonal:landsdel', 'q-paverkan_insatser', 'q-vidtagna_atgarder'];

export async function demoFigureKeys(deps: AppDeps, juneWaveId: number | undefined): Promise<string[]> {
  const options = await listFigureOptions(deps, juneWaveId ? { waveId: juneWaveId } : {});
  const real = juneWaveId ? WANTED.map((w) => options.find((o) => o.key.endsWith(`:${w}`) || o.key === `question:${juneWaveId}:${w}`)?.key) : [];
  const found = real.filter((k): k is string => Boolean(k));
  if (found.length >= 2) return [...found, ...options.filter((o) => o.key.startsWith('register:')).slice(0, 1).map((o) => o.key), ...(await demoBesideKey(deps, juneWaveId!))];
  return options.filter((o) => o.key.startsWith('exempel:')).map((o) => o.key);
}

/** A register indicator beside the care-staff question per landsdel (issue 18), last so figure numbers stay. */
async function demoBesideKey(deps: AppDeps, juneWaveId: number): Promise<string[]> {
  const { indicators, questions } = await listBesideOptions(deps, juneWaveId);
  const question = questions.find((q) => q.value.endsWith(`:${WANTED[1]}`)) ?? questions[0];
  return indicators[0] && question ? [besideKey({ indicatorId: Number(indicators[0].value), year: null, panelKey: question.value })] : [];
}

/** Sum of the first series' shares for these categories, or of column `label` in a breakdown's total row. */
function share(figure: Figure | undefined, labels: string[]): number | null {
  if (!figure) return null;
  const total = figure.chart.labels.indexOf('Totalt');
  const values = total >= 0
    ? figure.chart.datasets.filter((d) => labels.includes(d.label)).map((d) => d.data[total])
    : labels.map((l) => figure.chart.datasets[0]!.data[figure.chart.labels.indexOf(l)]);
  return values.every((v) => typeof v === 'number') ? (values as number[]).reduce((a, b) => a + b, 0) / 100 : null;
}

export function demoText(figures: Figure[], year: string, answered: number, invited: number): Partial<LagesbildDraft> | null {
  const [nurses, care, services, measures] = figures;
  const severe = ['Stor brist', 'Kritisk brist'];
  const n = share(nurses, severe);
  const c = share(care, severe);
  const affected = share(services, ['Ja, i liten utsträckning', 'Ja, i stor utsträckning']);
  const much = share(services, ['Ja, i stor utsträckning']);
  if (n === null || c === null || affected === null || much === null || !measures) return null;
  const ranked = measures.chart.labels.map((label, i) => ({ label, value: measures.chart.datasets[0]!.data[i] ?? 0 })).sort((a, b) => b.value - a.value);
  const top = ranked[0]!;
  return {
    ingress: `I maj ${year} svarade ${answered} av panelens ${invited} kommuner på frågor om bemanningen inför sommaren. ` +
      `${formatPercent(n)} av dem bedömde att bristen på sjuksköterskor skulle bli stor eller kritisk, och ${formatPercent(affected)} räknade med att bemanningsläget påverkar vilka insatser som kan ges.`,
    keyFindings: [
      `${formatPercent(n)} av kommunerna bedömde att bristen på sjuksköterskor i sommar blir stor eller kritisk.`,
      `För vård- och omsorgspersonal var motsvarande andel ${formatPercent(c)}; skillnaderna mellan landsdelarna syns i figur 2.`,
      `${formatPercent(affected)} räknade med att bemanningsläget påverkar vilka insatser som kan ges, ${formatPercent(much)} i stor utsträckning.`,
      `Den vanligaste åtgärden var ”${top.label.toLowerCase()}” (${formatPercent(top.value / 100)} av kommunerna).`,
    ],
    bodyMarkdown: `# Bakgrund\n\nSommaren är varje år en ansträngd period för äldreomsorgen. Ordinarie personal ska få semester, samtidigt som behovet av hemtjänst och vård på särskilt boende är lika stort som resten av året. I maj ställde vi därför frågor om bemanningen inför sommaren till Äldreomsorgspanelen.\n\n` +
      `# Resultat\n\n## Störst brist på sjuksköterskor\n\nBristen bedöms vara störst för sjuksköterskor (figur 1). För vård- och omsorgspersonal skiljer sig bedömningen mellan landsdelarna (figur 2). Grupper med färre än fem svarande redovisas inte.\n\n` +
      `## Vad kommunerna gör\n\nKommunerna arbetar på flera sätt för att klara sommaren (figur 4):\n\n${ranked.filter((r) => r.value > 0).slice(0, 4).map((r) => `- ${r.label.toLowerCase()}`).join('\n')}\n\n` +
      `En uppföljning av hur sommaren faktiskt blev görs i september. Läs mer om [Äldreomsorgspanelen](https://www.kunskapscentrum.example/aldreomsorgspanelen).\n`,
  };
}

export function sampleText(): Partial<LagesbildDraft> {
  const s = sampleLagesbild();
  return { ingress: s.ingress, keyFindings: s.keyFindings, bodyMarkdown: s.bodyMarkdown };
}

/** Fictitious registry addresses for every municipality: "Ale kommun <registrator@ale.kommun.example>". */
export async function demoRegistryAddresses(deps: AppDeps): Promise<string> {
  const rows = await deps.db.selectFrom('municipalities').select(['name']).orderBy('name').execute();
  return rows.map((m) => `${m.name} kommun <registrator@${slug(m.name)}.kommun.example>`).join('\n');
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
