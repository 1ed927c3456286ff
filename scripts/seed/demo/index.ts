import type { AppDeps } from '../../../server/deps';
import { seedDemoBandWave } from './band-wave';
import { createRng } from '../demo-data/random';
import type { DemoContext } from './context';
import { seedDemoLagesbilder } from './lagesbilder';
import { seedDemoMeetings } from './meetings';
import { seedDemoPanel } from './panel';
import { seedDemoRegister } from './register';
import { seedDemoResults } from './results';
import { seedDemoSurveys } from './surveys';
import { seedDemoWaves } from './waves';
import { seedDemoStaff } from './staff';

/** Area seeders in dependency order; each later issue adds its demo data as one more step. */
const STEPS: { name: string; run(ctx: DemoContext): Promise<void> }[] = [
  { name: 'panel', run: seedDemoPanel },
  { name: 'surveys', run: seedDemoSurveys },
  // Register data before the waves: the band wave needs an indicator, and it runs before the other waves so the
  // newest invitations in the mail viewer stay those of the open wave.
  { name: 'register', run: seedDemoRegister },
  { name: 'band-wave', run: seedDemoBandWave },
  { name: 'waves', run: seedDemoWaves },
  { name: 'results', run: seedDemoResults },
  { name: 'lagesbilder', run: seedDemoLagesbilder },
  { name: 'meetings', run: seedDemoMeetings },
];

export async function seedDemo(deps: AppDeps, print: (line: string) => void): Promise<void> {
  const staffIds = await seedDemoStaff(deps, print);
  const ctx: DemoContext = { deps, rng: createRng(2024), print, staffIds, shared: {} };
  for (const step of STEPS) await step.run(ctx);
}
