import { waveEmail, type WaveMailInput } from './wave-mail';

export function invitationEmail(p: Omit<WaveMailInput, 'kind'>) {
  return waveEmail({ ...p, kind: 'invitation' });
}
