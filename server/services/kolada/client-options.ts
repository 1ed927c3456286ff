import type { AppDeps } from '../../deps';
import type { KoladaClientOptions } from './client';

/** Per-run knobs for the Kolada client (tests pass short time-outs and back-off); the address is KOLADA_URL. */
export type KoladaTuning = Omit<KoladaClientOptions, 'baseUrl'>;

export const KOLADA_SOURCE = 'Kolada (RKA)';
export const KOLADA_ATTRIBUTION = `Källa: ${KOLADA_SOURCE}`;

export function koladaOptions(deps: AppDeps, tuning: KoladaTuning = {}): KoladaClientOptions {
  return { baseUrl: deps.config.koladaUrl, ...tuning };
}
