/**
 * Splits a long category label into lines of at most `maxChars` (chart.js draws a string[] label as
 * several lines) so long Swedish group names are not cut off at the chart's edge.
 */
export function wrapLabel(label: string, maxChars = 24): string | string[] {
  if (label.length <= maxChars) return label;
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length === 1 ? lines[0] : lines;
}
