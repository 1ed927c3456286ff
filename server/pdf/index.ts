export { renderLagesbildPdf } from './render';
export { renderChartPng, chartHeight } from './chart-image';
