import type { AppDeps } from '../../deps';
import { AreaRouter } from '../../http/area-router';
import { waveListRoutes } from './list';
import { waveTestMailRoutes } from './test-mail';
import { unsubscribeRoutes } from './unsubscribe';
import { singleWaveRoutes } from './wave';

/** Staff pages under /utskick, and the public unsubscribe page linked from every panel mail. */
export function waveRoutes(deps: AppDeps): AreaRouter[] {
  const staffArea = new AreaRouter('/utskick');
  waveListRoutes(staffArea, deps);
  singleWaveRoutes(staffArea, deps);
  waveTestMailRoutes(staffArea, deps);
  const publicArea = new AreaRouter('');
  unsubscribeRoutes(publicArea, deps);
  return [staffArea, publicArea];
}
