import type { AppDeps } from '../../../server/deps';
import type { Role } from '../../../db/tables/foundation';
import type { Rng } from '../demo-data/random';

/** Published survey version ids set by the surveys seeder (June and October share question keys). */
export interface DemoSurveyVersions { juneV1: number; october: number; substance: number }

/** What every demo seeder gets: the app's deps, a seeded random source, the staff user ids and a printer. */
export interface DemoContext {
  deps: AppDeps;
  rng: Rng;
  print: (line: string) => void;
  staffIds: Record<Role, number>;
  /** Shared results between seeders (e.g. the survey version ids a wave seeder needs). */
  shared: Record<string, unknown>;
}
