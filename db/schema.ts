import type { FoundationTables } from './tables/foundation';
import type { KoladaTables } from './tables/kolada';
import type { LagesbildTables } from './tables/lagesbilder';
import type { MeetingTables } from './tables/meetings';
import type { PanelTables } from './tables/panel';
import type { ResultsTables } from './tables/results';
import type { SurveyTables } from './tables/surveys';
import type { WaveTables } from './tables/waves';

/** The whole database as Kysely sees it: one interface per area. */
export interface DB extends FoundationTables, PanelTables, SurveyTables, WaveTables, ResultsTables, LagesbildTables, MeetingTables, KoladaTables {}
