import { findWave, listWavesByStatus } from '../../../db/repositories/waves';
import type { AppDeps } from '../../deps';
import type { Figure, MethodFacts } from '../../domain/lagesbild';
import { sampleFigures } from '../../domain/lagesbild/sample-figures';
import { buildFigure, listFigureSources, parseFigureSourceKey, waveMethodFacts } from '../results/figures';
import { BESIDE_PREFIX, buildBesideFigure, parseBesideKey } from './register-beside';

// The lägesbild's window on the results area: figures (with the results pages' disclosure control)
// and method facts come from server/services/results/figures.ts. Outside production the picker also
// offers the sample figures, clearly labelled, so the editor can be tried on an empty database.

export interface FigureOption { key: string; label: string; group: string }

const SAMPLE_PREFIX = 'exempel:';
const SAMPLE_GROUP = 'Exempelfigurer (påhittade siffror, visas inte i drift)';

function samplesAllowed(deps: AppDeps): boolean {
  return deps.config.env !== 'production';
}

export async function listFigureOptions(deps: AppDeps, opts: { waveId?: number } = {}): Promise<FigureOption[]> {
  const real = (await listFigureSources(deps.db, opts)).map(({ key, label, group }) => ({ key, label, group }));
  const samples = samplesAllowed(deps) ? sampleFigures.map((f) => ({ key: SAMPLE_PREFIX + f.id, label: f.caption, group: SAMPLE_GROUP })) : [];
  return [...real, ...samples];
}

/** The figure behind an option key with today's numbers (already disclosure-controlled), or null. */
export async function fetchFigure(deps: AppDeps, key: string): Promise<Figure | null> {
  if (key.startsWith(SAMPLE_PREFIX)) {
    const figure = samplesAllowed(deps) ? sampleFigures.find((f) => SAMPLE_PREFIX + f.id === key) : undefined;
    return figure ? structuredClone(figure) : null;
  }
  if (key.startsWith(BESIDE_PREFIX)) {
    const choice = parseBesideKey(key);
    return choice ? buildBesideFigure(deps, choice) : null;
  }
  const source = parseFigureSourceKey(key);
  return source ? buildFigure(deps.db, source) : null;
}

/** Closed waves a method box can describe, newest first. */
export async function listMethodWaves(deps: AppDeps): Promise<{ id: number; title: string }[]> {
  const waves = await listWavesByStatus(deps.db, 'closed');
  return waves.reverse().map((w) => ({ id: w.id, title: w.title }));
}

/** Population, invited, answered, field period, k and breakdowns of a closed wave (the text is written at publish). */
export async function methodFactsForWave(deps: AppDeps, waveId: number): Promise<MethodFacts | null> {
  const wave = Number.isSafeInteger(waveId) && waveId > 0 ? await findWave(deps.db, waveId) : undefined;
  if (!wave || wave.status !== 'closed') return null;
  const box = await waveMethodFacts(deps.db, wave.id);
  if (!box) return null;
  const { text: _text, ...facts } = box;
  return facts;
}
