import type { Figure } from '../domain/lagesbild';

/** "Figur n. …": the caption line above every figure, plain or beside. */
export function captionText(figure: Figure, number: number): string {
  return `Figur ${number}. ${figure.caption}`;
}

/** A source line that always starts with "Källa:", however the editor wrote it. */
export function sourceLine(source: string): string {
  const text = source.trim();
  return /^källa\b/i.test(text) ? text : `Källa: ${text}`;
}
