// `npm run bench results`: a full results page (30 questions, 100 000 responses, suppression applied, tables and
// chart data built), counted live and read from the close job's snapshot, against a raw SQL GROUP BY over the
// same answers, measured in the same run.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { openTestDatabase } from '../support/database';
import { validateDefinition } from '../../server/domain/survey/definition';
import { questionSections } from '../../server/presenters/results/wave-page';
import { loadResultWave, waveQuestionTables } from '../../server/services/results/wave-results';
import { storeWaveSnapshot } from '../../server/services/results/wave-snapshot';
import { insertWaveFixture } from '../results/fixtures';
import { fmt, line, timeIt } from './stats';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 100_000);
const LANDSDELAR = ['Götaland', 'Svealand', 'Norrland'];
const HUVUDGRUPPER = ['A', 'B', 'C'];
const options = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `o${i}`, label: `Alternativ ${i + 1}` }));

function definition() {
  const questions = [
    ...Array.from({ length: 14 }, (_, i) => ({ key: `val${i}`, type: 'single_choice', text: `Fråga ${i + 1}`, required: true, options: options(5) })),
    ...Array.from({ length: 6 }, (_, i) => ({ key: `skala${i}`, type: 'scale', text: `Skala ${i + 1}`, required: true, min: 1, max: 5, dontKnow: true })),
    ...Array.from({ length: 5 }, (_, i) => ({ key: `tal${i}`, type: 'number', text: `Antal ${i + 1}`, required: true, min: 0, integer: true })),
    ...Array.from({ length: 5 }, (_, i) => ({ key: `flera${i}`, type: 'multiple_choice', text: `Flera val ${i + 1}`, required: true, options: options(6) })),
  ];
  const result = validateDefinition({ title: 'Bänk', pages: [{ key: 'p', title: 'Frågor', questions }] });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.definition;
}

export async function run(): Promise<void> {
  const database = await openTestDatabase();
  const raw = database.sqlite!;
  const def = definition();
  const { waveId } = await insertWaveFixture(database.db, { definition: def, dimensions: ['landsdel', 'huvudgrupp'], k: 5 });
  const insertResponse = raw.prepare('insert into responses (id, wave_id, bg_landsdel, bg_huvudgrupp) values (?, ?, ?, ?)');
  const insertAnswer = raw.prepare('insert into answers (id, response_id, wave_id, question_key, item, code, num) values (?, ?, ?, ?, ?, ?, ?)');
  let rows = 0;
  const load = raw.transaction(() => {
    for (let r = 0; r < RESPONSES; r++) {
      const id = randomUUID();
      // Norrland C small on purpose, so suppression has work to do.
      insertResponse.run(id, waveId, LANDSDELAR[r % 3], r % 997 === 0 ? 'A' : HUVUDGRUPPER[(r >> 2) % 3]);
      for (let q = 0; q < 14; q++) { insertAnswer.run(randomUUID(), id, waveId, `val${q}`, '', `o${(r * (q + 3)) % 5}`, null); rows++; }
      for (let q = 0; q < 6; q++) { const v = (r + q) % 6; insertAnswer.run(randomUUID(), id, waveId, `skala${q}`, '', v === 5 ? 'vet_ej' : String(v + 1), v === 5 ? null : v + 1); rows++; }
      for (let q = 0; q < 5; q++) { insertAnswer.run(randomUUID(), id, waveId, `tal${q}`, '', null, (r * 7 + q) % 121); rows++; }
      for (let q = 0; q < 5; q++) for (let o = 0; o < 6; o++) if ((r + o + q) % 3 === 0) { insertAnswer.run(randomUUID(), id, waveId, `flera${q}`, '', `o${o}`, null); rows++; }
    }
  });
  const loadMs = await timeIt(() => load());
  line('Testdata', `${fmt(RESPONSES, 0)} svar`, `${fmt(rows, 0)} svarsrader, inläst på ${fmt(loadMs / 1000)} s`);
  raw.exec('analyze');

  const rw = (await loadResultWave(database.db, waveId))!;
  const page = async (dimension: 'landsdel' | null) => questionSections(await waveQuestionTables(database.db, rw, dimension), dimension ? 'Landsdel' : null);
  const rawOverall = raw.prepare('select question_key, item, code, num, count(*) as n from answers where wave_id = ? group by question_key, item, code, num');
  const rawByGroup = raw.prepare('select a.question_key, a.item, a.code, a.num, r.bg_landsdel, count(*) as n from answers a join responses r on r.id = a.response_id where a.wave_id = ? group by a.question_key, a.item, a.code, a.num, r.bg_landsdel');

  await page(null); rawOverall.all(waveId); // warm-up
  const dropSnapshots = () => database.db.deleteFrom('result_snapshots').execute();
  const storeMs: number[] = [];
  for (const [label, dimension, baseline] of [['Hela riket', null, rawOverall], ['Per landsdel', 'landsdel', rawByGroup]] as const) {
    // Without a snapshot a page counts live by SQL GROUP BY (and stores nothing); after the close job's
    // storeWaveSnapshot every view reads the stored counts.
    const times: { live: number; stored: number; raw: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await dropSnapshots();
      const live = await timeIt(() => page(dimension));
      storeMs.push(await timeIt(() => storeWaveSnapshot(database.db, waveId)));
      times.push({ live, stored: await timeIt(() => page(dimension)), raw: await timeIt(() => baseline.all(waveId)) });
    }
    const best = (k: 'live' | 'stored' | 'raw') => Math.min(...times.map((t) => t[k]));
    line(`${label}: rå SQL GROUP BY`, `${fmt(best('raw'), 0)} ms`, 'bäst av 3');
    line(`${label}: visning utan sparade tal (räknar live)`, `${fmt(best('live'), 0)} ms`, `kvot ${fmt(best('live') / best('raw'), 2)} (mål ≤ 2)`);
    line(`${label}: visning med sparade tal`, `${fmt(best('stored'), 0)} ms`, `kvot ${fmt(best('stored') / best('raw'), 3)}, mål ≤ 1 000 ms`);
  }
  line('Stängningsjobbet: storeWaveSnapshot (alla vyer)', `${fmt(Math.min(...storeMs), 0)} ms`, 'bäst av 6');
  await database.close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run().then(() => process.exit(0));
