export {
  summariseHistogram,
  quantileFromHistogram,
  type HistogramBin,
  type HistogramSummary,
} from './summarise-histogram';
export { percent } from './percent';
export { formatNumber, formatPercent, NO_BREAK_SPACE } from './format-number';
export { postStratifiedShare, type Estimate, type Stratum } from './post-stratify';
