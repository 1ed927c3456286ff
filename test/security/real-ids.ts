import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

const SAMPLE = '999999';

/** A concrete URL for a route template with ids of real rows (after the demo seed); `real` is false when a
 *  parameter had no row to point at (a raw token is never stored, so those stay sample values). */
export type Resolve = (path: string) => { url: string; real: boolean };

export async function realIds(db: Kysely<DB>): Promise<Resolve> {
  const first = async <T>(q: { executeTakeFirst(): Promise<T | undefined> }) => q.executeTakeFirst();
  const version = await first(db.selectFrom('survey_versions').select(['id', 'survey_id', 'definition']).where('status', '=', 'draft').orderBy('id'))
    ?? await first(db.selectFrom('survey_versions').select(['id', 'survey_id', 'definition']).orderBy('id'));
  const definition = version ? JSON.parse(version.definition) as { pages: { key: string; questions: { key: string }[] }[] } : null;
  const released = await first(db.selectFrom('responses').select('wave_id'));
  const archived = await first(db.selectFrom('lagesbild_versions').select(['lagesbild_id', 'version']).orderBy('id'));
  const meeting = await first(db.selectFrom('meeting_registrations').select(['meeting_id', 'id']).orderBy('id'));
  const publicMeeting = await first(db.selectFrom('meetings').select('id').where('audience', '=', 'public').orderBy('id'));
  const contact = await first(db.selectFrom('contacts').select('id').where('valid_to', 'is', null).where('erased', '=', 0).orderBy('id'));
  const id = async (table: 'staff_users' | 'outbox' | 'panel_imports' | 'survey_series' | 'waves' | 'register_indicators' | 'lagesbilder' | 'recipient_lists') =>
    (await first(db.selectFrom(table).select('id').orderBy('id')))?.id;
  const freeText = await first(db.selectFrom('free_texts').select('id'));
  const member = await first(db.selectFrom('panel_members').select('kommunkod').orderBy('kommunkod'));

  // [route prefix, parameter] → value; the longest matching prefix wins.
  const values: [string, string, unknown][] = [
    ['/admin/anvandare/', 'id', await id('staff_users')], ['/admin/e-post/', 'id', await id('outbox')],
    ['/admin/e-post/:id/bilagor', 'id', (await first(db.selectFrom('outbox').select('id').where('attachments', 'is not', null).orderBy('id')))?.id],
    ['/admin/e-post/:id/bilagor', 'n', 1],
    ['/panel/kommuner/', 'kod', member?.kommunkod], ['/panel/kommuner/', 'roll', 'ordinarie'],
    ['/panel/kontakter/', 'id', contact?.id], ['/panel/import/', 'id', await id('panel_imports')],
    ['/enkater/serier/', 'id', await id('survey_series')], ['/enkater/', 'id', version?.survey_id], ['/enkater/', 'vid', version?.id],
    ['/enkater/', 'page', definition?.pages[0]?.key], ['/enkater/', 'key', definition?.pages[0]?.questions[0]?.key],
    ['/enkater/:id/versioner/:vid/sidor/:key', 'key', definition?.pages[1]?.key], // the first page has no conditions
    ['/utskick/', 'id', await id('waves')], ['/resultat/vagor/', 'id', released?.wave_id], ['/resultat/fritext/', 'textId', freeText?.id],
    ['/resultat/register/', 'id', await id('register_indicators')],
    ['/resultat/register/kolada/', 'id', (await first(db.selectFrom('kolada_imports').select('id').orderBy('id')))?.id],
    ['/lagesbilder/', 'id', await id('lagesbilder')], ['/lagesbilder/', 'n', 1], ['/lagesbilder/', 'listId', await id('recipient_lists')],
    ['/arkiv/', 'id', archived?.lagesbild_id], ['/arkiv/', 'version', archived?.version],
    ['/moten/', 'id', meeting?.meeting_id], ['/moten/', 'registrationId', meeting?.id],
    ['/moten-och-erfarenhetsutbyten/', 'id', publicMeeting?.id],
  ];
  return (path) => {
    let real = true;
    const url = path.replace(/:(\w+)/g, (_, name: string) => {
      const match = values.filter(([prefix, param]) => param === name && path.startsWith(prefix))
        .sort((a, b) => b[0].length - a[0].length)[0];
      if (match?.[2] === undefined || match[2] === null) { real = false; return SAMPLE; }
      return encodeURIComponent(String(match[2]));
    });
    return { url, real };
  };
}
