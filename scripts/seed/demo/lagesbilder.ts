import type { AppDeps } from '../../../server/deps';
import { sampleLagesbild, type MethodFacts } from '../../../server/domain/lagesbild';
import { addDays, formatDate, stockholmLocalToUtc } from '../../../server/domain/time';
import { createMailer } from '../../../server/mail/mailer';
import { drainOutbox } from '../../../server/services/drain-outbox';
import { distributeVersion } from '../../../server/services/lagesbilder/distribute';
import { changeDraft, createLagesbild } from '../../../server/services/lagesbilder/edit-draft';
import type { NamedActor as Actor } from '../../../server/domain/actor';
import { fetchFigure, methodFactsForWave } from '../../../server/services/lagesbilder/figure-sources';
import { withAddedFigure } from '../../../server/services/lagesbilder/figures';
import { publishLagesbild } from '../../../server/services/lagesbilder/publish';
import { createRecipientList } from '../../../server/services/lagesbilder/recipient-lists';
import { findStaffById } from '../../../db/repositories/staff-users';
import type { DemoContext } from './context';
import { demoFigureKeys, demoRegistryAddresses, demoText, sampleText } from './lagesbilder-data';

/**
 * A lägesbild from the demo June wave, written, published and sent through the real services with the
 * clock set to a week after the wave closed; a draft follow-up for October; and four recipient lists (one by RSS region).
 */
export async function seedDemoLagesbilder(ctx: DemoContext): Promise<void> {
  const editor = await findStaffById(ctx.deps.db, ctx.staffIds.editor);
  if (!editor) return ctx.print('  Lägesbilder: ingen redaktör, hoppar över.');
  const actor: Actor = { id: editor.id, email: editor.email, name: editor.name };
  const waves = ctx.shared.waves as { june?: number; october?: number } | undefined;
  const method = waves?.june ? await methodFactsForWave(ctx.deps, waves.june) : null;
  const published = method ? addDays(stockholmLocalToUtc(method.fieldPeriod.to, '09:00'), 7) : addDays(ctx.deps.clock.now(), -30);
  const at = depsAt(ctx.deps, published);
  const lists = await createLists(at, actor);

  const sample = sampleLagesbild();
  const id = await createLagesbild(at, actor, sample.title);
  for (const key of await demoFigureKeys(at, waves?.june)) {
    const figure = await fetchFigure(at, key);
    if (figure) await changeDraft(at, actor, id, await revision(at, id), (d) => withAddedFigure(d, figure, key));
  }
  const year = formatDate(published).slice(0, 4);
  await changeDraft(at, actor, id, await revision(at, id), (d) => ({
    ...d, title: sample.title, subtitle: `Resultat från Äldreomsorgspanelen, våren ${year}`, date: formatDate(published), documentNumber: `Lägesbild ${year}:2`,
    ...((method && demoText(d.figures, year, method.answered, method.invited)) || sampleText()),
    waveId: method ? waves!.june! : null, method: method ?? sampleMethod(),
    contact: { name: 'Karin Öberg', email: 'karin.oberg@kunskapscentrum.example', phone: '010-123 45 67' },
  }));
  const result = await publishLagesbild(at, actor, id, await revision(at, id), '');
  if (!result.ok) throw new Error(`demo lägesbild not published: ${JSON.stringify(result)}`);
  await distributeVersion(at, actor, id, 1, lists.government);
  await drainOutbox(at);

  const followUp = await createLagesbild(depsAt(ctx.deps, addDays(ctx.deps.clock.now(), -2)), actor, 'Uppföljning av bemanningen inom äldreomsorgen under sommaren');
  ctx.shared.lagesbildId = id;
  ctx.shared.lagesbildIds = [id];
  ctx.print(`  Lägesbilder: en publicerad från juniomgången (/arkiv/${id}, skickad till Regeringskansliet), ett utkast (nr ${followUp}), fyra mottagarlistor (en per RSS-region).`);
}

async function createLists(deps: AppDeps, actor: Actor): Promise<{ government: number }> {
  const government = await createRecipientList(deps, actor, {
    name: 'Regeringskansliet, Socialdepartementet (registraturen)', kind: 'addresses', attach_pdf: '1',
    addresses: 'Socialdepartementets registratur <s.registrator@regeringskansliet.example>',
  });
  await createRecipientList(deps, actor, { name: 'Kommunernas registratorer', kind: 'addresses', attach_pdf: '0', addresses: await demoRegistryAddresses(deps) });
  await createRecipientList(deps, actor, { name: 'Panelens kontaktpersoner', kind: 'panel-contacts', attach_pdf: '0', addresses: '' });
  await createRecipientList(deps, actor, { name: 'Kontaktpersoner i Skaraborg och Uppsala län (RSS)', kind: 'addresses', attach_pdf: '0', addresses: '', regions: ['03', '14S'] });
  return { government };
}

async function revision(deps: AppDeps, id: number): Promise<number> {
  const row = await deps.db.selectFrom('lagesbilder').select('revision').where('id', '=', id).executeTakeFirstOrThrow();
  return row.revision;
}

function sampleMethod(): MethodFacts {
  const { text: _text, ...facts } = sampleLagesbild().method!;
  return facts;
}

/** deps whose clock stands still at `t`; mail goes to the mail viewer, never to SMTP. */
function depsAt(deps: AppDeps, t: Date): AppDeps {
  return { ...deps, clock: { now: () => new Date(t) }, mailer: createMailer({ smtpUrl: null }) };
}
