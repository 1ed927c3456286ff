import type { AppDeps } from '../../../server/deps';
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
  { name: 'waves', run: seedDemoWaves },
  { name: 'results', run: seedDemoResults },
  { name: 'register', run: seedDemoRegister },
  { name: 'lagesbilder', run: seedDemoLagesbilder },
  { name: 'meetings', run: seedDemoMeetings },
];

export async function seedDemo(deps: AppDeps, print: (line: string) => void): Promise<void> {
  const staffIds = await seedDemoStaff(deps, print);
  const ctx: DemoContext = { deps, rng: createRng(2024), print, staffIds, shared: {} };
  for (const step of STEPS) await step.run(ctx);
}
