import type { Kysely } from 'kysely';
import { addDays, formatDate, stockholmLocalToUtc } from '../../../server/domain/time';
import { listActiveRecipients } from '../../../db/repositories/contacts';
import { insertMeeting, setMeetingLagesbilder } from '../../../db/repositories/meetings';
import { insertRegistration } from '../../../db/repositories/meetings-registrations';
import type { DB } from '../../../db/schema';
import type { MeetingAudience, MeetingKind, RegistrationStatus } from '../../../db/tables/meetings';
import { fictitiousPerson } from '../demo-data/people';
import { pickOne, shuffled } from '../demo-data/random';
import type { DemoContext } from './context';

interface DemoMeeting {
  kind: MeetingKind; audience: MeetingAudience; title: string; description: string;
  daysFromNow: number; start: string; end: string; capacity: number;
}

const MEETINGS: DemoMeeting[] = [
  {
    kind: 'aterkoppling', audience: 'panel', daysFromNow: -21, start: '10:00', end: '11:30', capacity: 150,
    title: 'Återkoppling: bemanningen inom äldreomsorgen under sommaren',
    description: 'Vi går igenom resultaten från panelens enkät om sommarens bemanning: vikarier, sjuksköterskor och effekter på kvaliteten.\n\nEfter genomgången delar ni erfarenheter i mindre grupper.',
  },
  {
    kind: 'erfarenhetsutbyte', audience: 'public', daysFromNow: 18, start: '13:00', end: '15:00', capacity: 120,
    title: 'Erfarenhetsutbyte: hemtjänstens stöd till äldre med skadligt bruk eller beroende',
    description: 'Hur arbetar hemtjänsten med äldre som har skadligt bruk eller beroende? Två kommuner berättar om sina rutiner och sitt samarbete med regionen.\n\nMötet är öppet för alla som arbetar med äldreomsorg.',
  },
  {
    kind: 'aterkoppling', audience: 'panel', daysFromNow: 9, start: '09:00', end: '10:00', capacity: 12,
    title: 'Återkoppling: extra tillfälle om bemanningen i sommar',
    description: 'Ett extra, mindre tillfälle för dig som inte kunde delta på det första återkopplingsmötet.',
  },
];

const ROLES = ['Äldreomsorgschef', 'Enhetschef hemtjänst', 'Utvecklingsledare', 'Medicinskt ansvarig sjuksköterska', 'Verksamhetschef'];
const ORGANISATIONS = ['Region Örebro län', 'Kommunförbundet Skåne', 'Omsorgsbolaget i Mälardalen AB (fiktivt)'];

type Person = { name: string; email: string; kommunkod: string | null; organisation: string | null; role: string };

/** Demo meetings: a past återkopplingsmöte with registrations and attendance, an upcoming public erfarenhetsutbyte
 *  open for registration, and a small upcoming meeting that is full and has a waitlist. Times follow the clock. */
export async function seedDemoMeetings(ctx: DemoContext): Promise<void> {
  const { db, clock } = ctx.deps;
  const now = clock.now();
  const panel: Person[] = shuffled(ctx.rng, await listActiveRecipients(db))
    .map((r) => ({ name: r.name, email: r.email, kommunkod: r.kommunkod, organisation: null, role: 'Äldreomsorgschef' }));
  const municipalities = await db.selectFrom('municipalities').select(['kommunkod', 'name']).execute();
  const open: Person[] = Array.from({ length: 16 }, (_, i) => {
    const m = pickOne(ctx.rng, municipalities);
    const p = fictitiousPerson(ctx.rng, m);
    const org = i % 6 === 5 ? pickOne(ctx.rng, ORGANISATIONS) : null;
    return { name: p.name, email: `${i}.${p.email}`, kommunkod: org ? null : m.kommunkod, organisation: org, role: pickOne(ctx.rng, ROLES) };
  });
  const lagesbildIds = demoLagesbildIds(ctx);
  const plans: { people: Person[]; attendance: boolean; cancelled: number }[] = [
    { people: panel.slice(0, 46), attendance: true, cancelled: 3 },
    { people: open, attendance: false, cancelled: 1 },
    { people: panel.slice(46, 61), attendance: false, cancelled: 0 },
  ];
  await db.transaction().execute(async (trx) => {
    for (const [i, plan] of plans.entries()) {
      const spec = MEETINGS[i]!;
      const id = await insertDemoMeeting(trx, spec, now);
      if (spec.kind === 'aterkoppling') await setMeetingLagesbilder(trx, id, lagesbildIds);
      await insertDemoRegistrations(trx, ctx, id, spec, plan);
    }
  });
  ctx.print(`  Möten: ${MEETINGS.length} (ett genomfört med närvaro, ett öppet erfarenhetsutbyte, ett fullt med väntelista).`);
}

/** The demo lägesbild (set by the lägesbilder seeder), if that step has run. */
function demoLagesbildIds(ctx: DemoContext): number[] {
  const { lagesbildId, lagesbildIds } = ctx.shared;
  if (typeof lagesbildId === 'number') return [lagesbildId];
  return Array.isArray(lagesbildIds) ? (lagesbildIds as number[]).slice(-1) : [];
}

async function insertDemoMeeting(db: Kysely<DB>, spec: DemoMeeting, now: Date): Promise<number> {
  const day = formatDate(addDays(now, spec.daysFromNow));
  const startsAt = stockholmLocalToUtc(day, spec.start);
  const iso = addDays(now, Math.min(spec.daysFromNow, 0) - 30).toISOString();
  return insertMeeting(db, {
    kind: spec.kind, title: spec.title, description: spec.description, audience: spec.audience, recipient_emails: null,
    starts_at: startsAt.toISOString(), ends_at: stockholmLocalToUtc(day, spec.end).toISOString(), year: Number(day.slice(0, 4)),
    meeting_url: 'https://moten.aldreomsorgspanelen.example/m/' + day.replace(/-/g, ''), capacity: spec.capacity,
    registration_deadline: addDays(startsAt, -2).toISOString(), created_at: iso, created_by: null, updated_at: iso,
    invitations_sent_at: spec.audience === 'panel' ? iso : null, material_url: null, followup_sent_at: null,
    cancelled_at: null, anonymised_at: null,
  });
}

async function insertDemoRegistrations(db: Kysely<DB>, ctx: DemoContext, meetingId: number, spec: DemoMeeting, plan: { people: Person[]; attendance: boolean; cancelled: number }) {
  const base = addDays(ctx.deps.clock.now(), Math.min(spec.daysFromNow, 0) - 20).getTime();
  for (const [n, p] of plan.people.entries()) {
    const at = new Date(base + n * 3_600_000).toISOString();
    const status: RegistrationStatus = n < plan.cancelled ? 'cancelled' : n - plan.cancelled < spec.capacity ? 'registered' : 'waitlisted';
    await insertRegistration(db, {
      meeting_id: meetingId, email: p.email.toLowerCase(), name: p.name, kommunkod: p.kommunkod, organisation: p.organisation, role: p.role,
      needs: n % 11 === 4 ? 'Textning' : null, status, attended: plan.attendance && status === 'registered' && ctx.rng() < 0.82 ? 1 : 0,
      reminded_revision: plan.attendance ? 0 : null, consented_at: at, created_at: at, updated_at: at,
      queued_at: status === 'waitlisted' ? at : null, cancelled_at: status === 'cancelled' ? at : null,
    });
  }
}
