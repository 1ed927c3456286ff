/** The counts a wave's results are computed from: what SQL GROUP BY gives (or a snapshot stored at close). */

/** One GROUP BY cell: answers with this code/number to a question (row), in a group (null: no breakdown). */
export interface AnswerCount { questionKey: string; item: string; code: string | null; num: number | null; group: string | null; count: number }
export interface GroupCount { group: string | null; n: number }
export interface RespondentCount { questionKey: string; item: string; group: string | null; n: number }

/** The stored (snapshot) part of one view: answers and, for multiple choice, distinct respondents. */
export interface WaveCounts { counts: AnswerCount[]; respondents: RespondentCount[] }

/** What SQL gave for one wave and one view (one dimension, or none). */
export interface WaveAggregates extends WaveCounts { responses: GroupCount[] }
export interface GroupInfo { key: string; label: string }

/** The group key of responses without a value for the dimension ("Uppgift saknas"). */
export const NO_GROUP = '__saknas';
export const groupOf = (g: string | null) => g ?? NO_GROUP;
