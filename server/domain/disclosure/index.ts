export { DEFAULT_K, MIN_K, MAX_K, assertK } from './k-threshold';
export { suppressGroups, type GroupBase, type GroupSuppression, type SuppressionReason } from './suppress-groups';
export { applySuppression, type BreakdownTable, type SuppressedTable } from './apply-suppression';
export { SUPPRESSED_MARK, primaryFootnote, complementaryFootnote, totalFootnote } from './suppression-footnotes';
export { checkBackgroundCells, type BackgroundCell, type TooSmallBackgroundCell } from './background-cells';
