import type { AppDeps } from '../../../server/deps';
import { createRng } from '../demo-data/random';
import type { DemoContext } from './context';
import { seedDemoPanel } from './panel';
import { seedDemoStaff } from './staff';

/** Area seeders in dependency order; each later issue adds its demo data as one more step. */
const STEPS: { name: string; run(ctx: DemoContext): Promise<void> }[] = [
  { name: 'panel', run: seedDemoPanel },
];

export async function seedDemo(deps: AppDeps, print: (line: string) => void): Promise<void> {
  const staffIds = await seedDemoStaff(deps, print);
  const ctx: DemoContext = { deps, rng: createRng(2024), print, staffIds, shared: {} };
  for (const step of STEPS) await step.run(ctx);
}
