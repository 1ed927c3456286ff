import type { AppDeps } from '../../deps';
import { ANY_STAFF, PUBLIC } from '../../http/access';
import { overviewStats } from '../../../db/repositories/overview';
import { AreaRouter } from '../../http/area-router';
import { renderPage } from '../../http/render';

const AREA_DESCRIPTIONS: Record<string, string> = {
  '/panel': 'Kommuner, kontaktpersoner, spridning och import.',
  '/enkater': 'Utforma enkäter, förhandsgranska och publicera versioner.',
  '/utskick': 'Planera utskick, påminnelser och följ svarsfrekvensen.',
  '/resultat': 'Resultat med skydd för små grupper, jämförelser och registerdata.',
  '/lagesbilder': 'Skriv, publicera och skicka lägesbilder.',
  '/moten': 'Återkopplingsmöten och erfarenhetsutbyten.',
  '/admin': 'Användare, ändringslogg och bakgrundsjobb.',
};

export function publicRoutes(deps: AppDeps): AreaRouter {
  const area = new AreaRouter('');

  area.get('/', PUBLIC, (_req, res) => renderPage(res, 'public/start', { title: 'Startsida' }));

  // Browsers ask for /favicon.ico whatever the page says; the icon itself is an SVG under /static.
  area.get('/favicon.ico', PUBLIC, (_req, res) => res.redirect(301, '/static/favicon.svg'));

  area.get('/tillganglighet', PUBLIC, (_req, res) =>
    renderPage(res, 'public/accessibility', { title: 'Tillgänglighetsredogörelse' }));

  area.get('/oversikt', ANY_STAFF, async (_req, res) => {
    renderPage(res, 'overview/index', { title: 'Översikt', stats: await overviewStats(deps.db), descriptions: AREA_DESCRIPTIONS });
  });

  return area;
}
