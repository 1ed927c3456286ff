export { toChartJsConfig, CHART_FONT_FAMILY, type BarChartConfig } from './chart-config';
export { SERIES_COLOURS, TEXT_COLOUR, GRID_COLOUR, seriesColour, contrastRatio, relativeLuminance } from './palette';
export { wrapLabel } from './wrap-label';
