import type { AppDeps } from '../../deps';
import type { AreaRouter } from '../../http/area-router';
import { setFlash } from '../../http/flash';
import { renderPage } from '../../http/render';
import { previewWaveMails, sendTestWaveMails } from '../../services/waves/test-mail';
import { loadWave, WAVE_EDITORS } from './load';
import { actorOf } from '../../http/actor';

const KIND_TITLES = { invitation: 'Inbjudan', reminder: 'Påminnelse' } as const;
const canTest = (status: string) => status === 'scheduled' || status === 'open';

/** "Skicka ett testutskick till mig": the invitation and reminder as sent, previewed and mailed to oneself. */
export function waveTestMailRoutes(area: AreaRouter, deps: AppDeps): void {
  area.get('/:id/testutskick', WAVE_EDITORS, async (req, res) => {
    const wave = await loadWave(deps, req);
    const mails = (await previewWaveMails(deps, wave, req.staff!.name)).map((m) => ({ ...m, title: KIND_TITLES[m.kind] }));
    renderPage(res, 'waves/test-mail', { title: `Förhandsgranska e-posten: ${wave.title}`, wave: { id: wave.id, title: wave.title }, mails, canSend: canTest(wave.status), email: req.staff!.email });
  });

  area.post('/:id/testutskick', WAVE_EDITORS, async (req, res) => {
    const wave = await loadWave(deps, req);
    if (!canTest(wave.status)) {
      setFlash(res, deps.config, 'Testutskick går bara att skicka för ett planerat eller öppet utskick.');
      return res.redirect(303, `/utskick/${wave.id}/testutskick`);
    }
    const n = await sendTestWaveMails(deps, actorOf(req), wave);
    setFlash(res, deps.config, `${n} testmeddelanden (inbjudan och påminnelse) är lagda i kö till ${req.staff!.email}. Länkarna i dem fungerar bara i riktiga utskick.`);
    res.redirect(303, `/utskick/${wave.id}/testutskick`);
  });
}
