// Series colours for bar charts. Each has at least 4:1 contrast against white (WCAG 1.4.11 asks for
// 3:1), and the first two (blue, orange) stay apart for the common forms of colour blindness.
export const SERIES_COLOURS = ['#1b5e9e', '#c75b12', '#2a7d4f', '#7a4ea3', '#8c6d1f', '#b03a6d'] as const;

export const TEXT_COLOUR = '#1a1a1a';
export const GRID_COLOUR = '#d0d0d0';

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

/** WCAG relative luminance of a "#rrggbb" colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two "#rrggbb" colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
