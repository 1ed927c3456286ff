export { DEFAULT_K, MIN_K, MAX_K, assertK } from './k-threshold';
export { suppressGroups, suppressBreakdown, type BreakdownBases, type GroupBase, type GroupSuppression, type SuppressionReason } from './suppress-groups';
export { applySuppression, type BreakdownTable, type SuppressedTable } from './apply-suppression';
export {
  SUPPRESSED_MARK, FEW_ANSWERS_MARK, PROTECTING_MARK, markFor, chartLabelFor, hiddenSummary, primaryFootnote, complementaryFootnote, totalFootnote,
} from './suppression-footnotes';
export { checkBackgroundCells, type BackgroundCell, type TooSmallBackgroundCell } from './background-cells';
export { kAnonymize, coarsestFirst, type Background } from './k-anonymize';
export { mergeGroups, type MergedGroup } from './merge-groups';
