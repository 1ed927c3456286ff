import type { Role } from '../../db/tables/foundation';

// Who may use each route, written down independently of the routers' own declarations (the role ×
// route test compares the app against this table). Change a line here when a route's audience changes.
export type Allowed = 'public' | 'respondent' | readonly Role[];

const ALL: readonly Role[] = ['admin', 'analyst', 'editor', 'viewer'];
const EDIT: readonly Role[] = ['admin', 'editor'];
const ANALYSE: readonly Role[] = ['admin', 'analyst'];
const WAVES_READ: readonly Role[] = ['admin', 'analyst', 'editor'];
// Whoever writes a lägesbild reads the results it draws on (investigators and editors); publishing stays with EDIT.
const WRITE: readonly Role[] = ['admin', 'analyst', 'editor'];
const ADMIN: readonly Role[] = ['admin'];

export const EXPECTED_ACCESS: Record<string, Allowed> = {
  'GET /': 'public', 'GET /tillganglighet': 'public', 'GET /healthz': 'public', 'GET /readyz': 'public', 'GET /metrics': 'public',
  'GET /favicon.ico': 'public',
  'GET /logga-in': 'public', 'POST /logga-in': 'public', 'POST /logga-ut': ALL, 'GET /oversikt': ALL,

  'GET /admin': ADMIN, 'GET /admin/jobb': ADMIN, 'GET /admin/logg': ADMIN,
  'GET /admin/anvandare': ADMIN, 'GET /admin/anvandare/ny': ADMIN, 'POST /admin/anvandare': ADMIN,
  'GET /admin/anvandare/:id': ADMIN, 'POST /admin/anvandare/:id': ADMIN,
  'GET /admin/e-post': EDIT, 'GET /admin/e-post/:id': EDIT, 'GET /admin/e-post/:id/html': EDIT, 'GET /admin/e-post/:id/bilagor/:n': EDIT,
  'POST /admin/anvandare/:id/aterstall-losenord': ADMIN,
  'GET /konto/losenord': ALL, 'POST /konto/losenord': ALL, 'GET /aterstall-losenord/:token': 'public', 'POST /aterstall-losenord/:token': 'public',

  'GET /panel': ALL, 'GET /panel/atgarder': ALL, 'GET /panel/kommuner': ALL, 'GET /panel/kommuner/:kod': ALL,
  'GET /panel/kommuner/:kod/medlemskap': EDIT, 'POST /panel/kommuner/:kod/medlemskap': EDIT,
  'GET /panel/kommuner/:kod/kontakt/:roll': EDIT, 'POST /panel/kommuner/:kod/kontakt/:roll': EDIT,
  'GET /panel/kontakter/:id': ALL, 'GET /panel/kontakter/:id/andra': EDIT, 'POST /panel/kontakter/:id/andra': EDIT,
  'POST /panel/kontakter/:id/avsluta': EDIT, 'POST /panel/kontakter/:id/registerutdrag': ADMIN,
  'GET /panel/kontakter/:id/radera': ADMIN, 'POST /panel/kontakter/:id/radera': ADMIN,
  'GET /panel/spridning': ALL, 'GET /panel/export.csv': ALL, 'GET /panel/export.xlsx': ALL,
  'GET /panel/import': EDIT, 'POST /panel/import': EDIT, 'GET /panel/import/:id': EDIT, 'POST /panel/import/:id': EDIT,

  'GET /enkater': ALL, 'GET /enkater/ny': EDIT, 'POST /enkater/ny': EDIT, 'GET /enkater/importera': EDIT, 'POST /enkater/importera': EDIT,
  'GET /enkater/serier/:id': ALL, 'GET /enkater/:id': ALL, 'GET /enkater/:id/versioner/:vid': ALL,
  'GET /enkater/:id/versioner/:vid/export': ALL,
  'GET /enkater/:id/versioner/:vid/forhandsgranska': ALL, 'POST /enkater/:id/versioner/:vid/forhandsgranska': ALL,
  'POST /enkater/:id/versioner/:vid/publicera': EDIT, 'POST /enkater/:id/versioner/:vid/ny-version': EDIT,
  'GET /enkater/:id/versioner/:vid/ta-bort': EDIT, 'POST /enkater/:id/versioner/:vid/ta-bort': EDIT,
  'GET /enkater/:id/versioner/:vid/installningar': EDIT, 'POST /enkater/:id/versioner/:vid/installningar': EDIT,
  'GET /enkater/:id/versioner/:vid/sidor/ny': EDIT, 'POST /enkater/:id/versioner/:vid/sidor': EDIT,
  'GET /enkater/:id/versioner/:vid/sidor/:page': EDIT, 'POST /enkater/:id/versioner/:vid/sidor/:page': EDIT,
  'POST /enkater/:id/versioner/:vid/sidor/:page/flytta': EDIT, 'POST /enkater/:id/versioner/:vid/sidor/:page/kopiera': EDIT,
  'POST /enkater/:id/versioner/:vid/sidor/:page/ta-bort': EDIT,
  'GET /enkater/:id/versioner/:vid/sidor/:page/fragor/ny': EDIT, 'POST /enkater/:id/versioner/:vid/sidor/:page/fragor': EDIT,
  'GET /enkater/:id/versioner/:vid/fragor/:key': EDIT, 'POST /enkater/:id/versioner/:vid/fragor/:key': EDIT,
  'POST /enkater/:id/versioner/:vid/fragor/:key/flytta': EDIT, 'POST /enkater/:id/versioner/:vid/fragor/:key/kopiera': EDIT,
  'POST /enkater/:id/versioner/:vid/fragor/:key/ta-bort': EDIT,
  'GET /enkater/:id/versioner/:vid/fragor/:key/villkor': EDIT, 'POST /enkater/:id/versioner/:vid/fragor/:key/villkor': EDIT,
  'GET /enkater/:id/versioner/:vid/sidor/:key/villkor': EDIT, 'POST /enkater/:id/versioner/:vid/sidor/:key/villkor': EDIT,

  'GET /utskick': WAVES_READ, 'GET /utskick/:id': WAVES_READ, 'GET /utskick/nytt': EDIT, 'POST /utskick': EDIT,
  'GET /utskick/:id/testutskick': EDIT, 'POST /utskick/:id/testutskick': EDIT,
  'GET /utskick/:id/andra': EDIT, 'POST /utskick/:id': EDIT, 'POST /utskick/:id/avbryt': EDIT, 'POST /utskick/:id/forlang': EDIT,
  'GET /avregistrera/:token': 'public', 'POST /avregistrera/:token': 'public', 'GET /avregistrerad': 'public',

  'GET /svar': 'respondent', 'GET /svar/sida/:page': 'respondent', 'POST /svar/sida/:page': 'respondent',
  'GET /svar/sparat': 'respondent', 'GET /svar/granska': 'respondent', 'POST /svar/skicka': 'respondent',
  'GET /svar/tack': 'respondent', 'GET /svar/:token': 'respondent',

  'GET /resultat': WRITE, 'GET /resultat/vagor/:id': WRITE, 'GET /resultat/vagor/:id/jamforelse': WRITE,
  'GET /resultat/vagor/:id/export.csv': WRITE, 'GET /resultat/vagor/:id/export.xlsx': WRITE, 'GET /resultat/vagor/:id/export-lang.csv': WRITE,
  'GET /resultat/vagor/:id/mikrodata.csv': ADMIN, 'GET /resultat/vagor/:id/kodbok.csv': ADMIN,
  'GET /resultat/vagor/:id/fritext': ANALYSE, 'POST /resultat/fritext/:textId': ANALYSE,
  'GET /resultat/register': WRITE, 'GET /resultat/register/import': ANALYSE, 'POST /resultat/register/import': ANALYSE,
  'GET /resultat/register/:id': WRITE, 'GET /resultat/register/:id/jamfor': WRITE, 'GET /resultat/register/:id/jamfor.csv': WRITE,
  'GET /resultat/register/kolada': ANALYSE, 'POST /resultat/register/kolada': ANALYSE, 'GET /resultat/register/kolada/:id': ANALYSE,
  'POST /resultat/register/kolada/:id/spara': ANALYSE,

  'GET /lagesbilder': ALL, 'GET /lagesbilder/:id': WAVES_READ, 'GET /lagesbilder/:id/forhandsvisning': WAVES_READ,
  'GET /lagesbilder/:id/forhandsvisning/pdf': WAVES_READ,
  'GET /lagesbilder/ny': WRITE, 'POST /lagesbilder': WRITE, 'GET /lagesbilder/:id/redigera': WRITE, 'POST /lagesbilder/:id': WRITE,
  'POST /lagesbilder/:id/publicera': EDIT, 'POST /lagesbilder/:id/utskick': EDIT,
  'GET /lagesbilder/:id/figurer': WRITE, 'POST /lagesbilder/:id/figurer': WRITE, 'POST /lagesbilder/:id/figurer/:n/flytta': WRITE,
  'POST /lagesbilder/:id/figurer/:n/ta-bort': WRITE, 'POST /lagesbilder/:id/figurer/:n/hamta': WRITE, 'POST /lagesbilder/:id/figurer/bredvid': WRITE,
  'GET /lagesbilder/mottagarlistor': EDIT, 'GET /lagesbilder/mottagarlistor/ny': EDIT, 'POST /lagesbilder/mottagarlistor': EDIT,
  'GET /lagesbilder/mottagarlistor/:listId': EDIT, 'POST /lagesbilder/mottagarlistor/:listId': EDIT,
  'GET /arkiv': 'public', 'GET /arkiv/:id': 'public', 'GET /arkiv/:id/version/:version': 'public',
  'GET /arkiv/:id/version/:version/pdf': 'public',

  'GET /moten': ALL, 'GET /moten/statistik': ALL, 'GET /moten/:id': ALL, 'GET /moten/ny': EDIT, 'POST /moten': EDIT,
  'POST /moten/:id/narvaro': EDIT, 'GET /moten/:id/uppfoljning': EDIT, 'POST /moten/:id/uppfoljning': EDIT,
  'POST /moten/:id/anmalningar/:registrationId/avboka': EDIT, 'GET /moten/:id/deltagare.csv': EDIT,
  'GET /moten/:id/deltagare.xlsx': EDIT, 'GET /moten/:id/andra': EDIT, 'POST /moten/:id': EDIT,
  'POST /moten/:id/inbjudningar': EDIT, 'POST /moten/:id/installt': EDIT,
  'GET /moten-och-erfarenhetsutbyten': 'public', 'GET /moten-och-erfarenhetsutbyten/:id': 'public',
  'POST /moten-och-erfarenhetsutbyten/:id': 'public', 'GET /moten-och-erfarenhetsutbyten/:id/tack': 'public', 'GET /moten-och-erfarenhetsutbyten/:id/kalender.ics': 'public',
  'GET /avboka/:token': 'public', 'GET /avboka': 'public', 'POST /avboka': 'public', 'GET /avbokad': 'public',
};
