// Results from counts: question tables after disclosure control, their rows and cells, charts, response rates,
// wave comparison and merged small groups. Pure: services compute through it, presenters format its output.
export { NO_GROUP, groupOf, type AnswerCount, type GroupCount, type GroupInfo, type RespondentCount, type WaveAggregates, type WaveCounts } from './counts';
export { buildQuestionTables, STAT_ROWS, type QuestionTable } from './question-tables';
export { resultRows, formatCell, exportCell, type Cell, type ResultRows } from './table-rows';
export { toChartSpec, toTableSpec, columnSeriesChart } from './chart-spec';
export { chartAltText } from './alt-text';
export { sideBySide } from './comparison';
export { mergeSmallGroups, parseSmallGroups, type SmallGroups } from './small-groups';
export { suppressResponseRates, responseRate, LOW_RATE_PERCENT, type RateCounts, type RateRow, type GroupRates, type ResponseRates } from './response-rates';
