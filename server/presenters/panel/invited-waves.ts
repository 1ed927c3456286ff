import type { WaveStatus } from '../../../db/tables/waves';
import { format } from '../format';
import { WAVE_STATUS } from '../waves/labels';

interface InvitedWave { id: number; title: string; status: WaveStatus; opens_at: string; closes_at: string; sent_at: string | null }

/** The waves a municipality was invited to, for its page. Deliberately nothing about opening or answering. */
export function invitedWaves(rows: readonly InvitedWave[]) {
  return rows.map((w) => ({
    title: w.title,
    period: `${format.date(w.opens_at)}–${format.date(w.closes_at)}`,
    status: WAVE_STATUS[w.status] ?? { text: w.status, tag: '' },
    sent: w.sent_at ? format.date(w.sent_at) : 'Inte skickad ännu',
  }));
}
