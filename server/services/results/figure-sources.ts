import type { RegisterDimension } from '../../../db/repositories/register-values';
import type { Dimension } from '../../../db/tables/waves';
import { isDimension } from './dimensions';
import { REGISTER_DIMENSIONS } from './register-view';

/** What a lägesbild figure (or a results chart) is made from; tableId is a question table's id ("q-key", "q-key-row", "q-key-stats"). */
export type FigureSource =
  | { kind: 'question'; waveId: number; tableId: string }
  | { kind: 'breakdown'; waveId: number; tableId: string; dimension: Dimension }
  | { kind: 'comparison'; waveIds: number[]; tableId: string }
  | { kind: 'register'; indicatorId: number; view: 'years' }
  | { kind: 'register'; indicatorId: number; view: 'groups'; dimension: RegisterDimension; year?: number };

/** A plain string for a form field or a stored reference: "question:12:q-key", "register:3:groups:landsdel". */
export function figureSourceKey(s: FigureSource): string {
  switch (s.kind) {
    case 'question': return `question:${s.waveId}:${s.tableId}`;
    case 'breakdown': return `breakdown:${s.waveId}:${s.tableId}:${s.dimension}`;
    case 'comparison': return `comparison:${s.waveIds.join(',')}:${s.tableId}`;
    case 'register': return s.view === 'years' ? `register:${s.indicatorId}:years` : `register:${s.indicatorId}:groups:${s.dimension}${s.year ? `:${s.year}` : ''}`;
  }
}

const TABLE_ID = /^q-[a-z0-9_-]{1,100}$/;
const id = (text: string | undefined) => (text && /^\d{1,9}$/.test(text) ? Number(text) : null);

export function parseFigureSourceKey(key: string): FigureSource | null {
  const [kind, a, b, c, d] = key.split(':');
  if (kind === 'question' && id(a) && b && TABLE_ID.test(b) && c === undefined) return { kind, waveId: id(a)!, tableId: b };
  if (kind === 'breakdown' && id(a) && b && TABLE_ID.test(b) && isDimension(c)) return { kind, waveId: id(a)!, tableId: b, dimension: c };
  if (kind === 'comparison' && a && b && TABLE_ID.test(b)) {
    const waveIds = a.split(',').map(id);
    return waveIds.length >= 2 && waveIds.every((w) => w !== null) ? { kind, waveIds: waveIds as number[], tableId: b } : null;
  }
  if (kind === 'register' && id(a) && b === 'years' && c === undefined) return { kind, indicatorId: id(a)!, view: 'years' };
  if (kind === 'register' && id(a) && b === 'groups' && (REGISTER_DIMENSIONS as string[]).includes(c ?? '')) {
    const year = d === undefined ? undefined : id(d) ?? -1;
    if (year === -1) return null;
    return { kind, indicatorId: id(a)!, view: 'groups', dimension: c as RegisterDimension, ...(year ? { year } : {}) };
  }
  return null;
}
