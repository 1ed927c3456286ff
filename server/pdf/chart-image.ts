import { GlobalFonts, createCanvas, type Canvas } from '@napi-rs/canvas';
import { Chart, registerables, type Plugin } from 'chart.js';
import { toChartJsConfig, wrapLabel } from '../domain/charts';
import type { ChartSpec } from '../domain/lagesbild';
import { FONT, fontBytes } from './fonts';
import { dropPngAlpha } from './opaque-png';

// The PDF's charts are drawn by chart.js itself on a Skia canvas, from the same config the web page
// gets as JSON, so print and screen cannot drift apart.

Chart.register(...registerables);

let canvasFontsReady = false;
function registerCanvasFonts(): void {
  if (canvasFontsReady) return;
  for (const name of [FONT.regular, FONT.bold]) GlobalFonts.register(fontBytes(name), 'Noto Sans');
  canvasFontsReady = true;
}

// chart.js clears to transparent; an opaque image keeps pdfkit from building a soft mask for it.
const whiteBackground: Plugin<'bar'> = {
  id: 'whiteBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Height in points that gives every bar room: grows with the number of categories and series. */
export function chartHeight(spec: ChartSpec, wrapAt?: number): number {
  const legend = spec.datasets.length > 1 ? 22 : 0;
  if (!spec.horizontal) return 130 + legend;
  const bands = spec.labels.map((label) => {
    const lines = [wrapLabel(label, wrapAt)].flat().length;
    return Math.max(10 + 11 * spec.datasets.length, 10 + 13 * lines);
  });
  return Math.max(90, 42 + legend + bands.reduce((a, b) => a + b, 0));
}

// One canvas, resized for each chart. A new canvas per chart keeps its native pixel buffer until the
// garbage collector happens to finalise it, which added about 8 MB of peak memory per chart.
// Rendering is synchronous, so charts never share the canvas at the same time.
let sharedCanvas: Canvas | null = null;
function canvasOfSize(width: number, height: number): Canvas {
  sharedCanvas ??= createCanvas(width, height);
  sharedCanvas.width = width;
  sharedCanvas.height = height;
  return sharedCanvas;
}

/** Renders the chart at `scale` times its size in points and returns PNG bytes; `wrapAt` shortens label lines for narrow charts. */
export function renderChartPng(spec: ChartSpec, widthPt: number, heightPt: number, scale = 3, wrapAt?: number): Buffer {
  registerCanvasFonts();
  const canvas = canvasOfSize(Math.round(widthPt), Math.round(heightPt));
  const config = toChartJsConfig(spec, { forPrint: true, wrapAt });
  config.options = { ...config.options, devicePixelRatio: scale };
  config.plugins = [whiteBackground];
  // chart.js's types expect a DOM canvas context; Skia's implements the same drawing API.
  const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, config);
  try {
    return dropPngAlpha(canvas.encodeSync('png'));
  } finally {
    chart.destroy();
  }
}
