import { waveEmail, type WaveMailInput } from './wave-mail';

/** Only ever sent to invitations with completed = 0. */
export function reminderEmail(p: Omit<WaveMailInput, 'kind'>) {
  return waveEmail({ ...p, kind: 'reminder' });
}
