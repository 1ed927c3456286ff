import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { TEST_DATABASE_URL } from '../support/database';
import { itOnPostgres } from '../support/dialect';
import { createTestContext, TEST_BALLOT_KEY, type TestContext } from '../support/context';
import { jobRuns, startInstance, startRecordingSmtp, waitUntil, type Instance } from '../support/instances';
import { addMembers, publishSurvey, scheduleTestWave } from '../waves/support';

const MEMBERS = 40;
const IN_FLIGHT = 8; // drainOutbox's concurrency: what a kill can leave "sent but not yet marked sent"

/** Issue 17: three app processes, one Postgres database, a loopback SMTP server, the real job runner. */
describe('three app instances on one Postgres database (issue 17)', () => {
  let ctx: TestContext | undefined;
  let smtp: Awaited<ReturnType<typeof startRecordingSmtp>> | undefined;
  const instances: Instance[] = [];
  after(async () => {
    for (const i of instances) i.child.kill('SIGKILL');
    await smtp?.close();
    await ctx?.close();
  });

  itOnPostgres('one invitation per member, at most one reminder per reminder day, each job run on one instance, one close, and a kill mid-send loses and duplicates nothing', async function () {
    this.timeout(300_000);
    ctx = await createTestContext();
    const db = ctx.db;
    await ctx.as('admin'); // a staff user: the instances must not seed the demo
    const codes = (await db.selectFrom('municipalities').select('kommunkod').orderBy('kommunkod').limit(MEMBERS).execute()).map((r) => r.kommunkod);
    await addMembers(ctx, codes);
    const versionId = await publishSurvey(ctx);
    // Real time from here: the instances use the system clock. The wave is due to open; it closes in ten days.
    const now = Date.now();
    ctx.clock.set(new Date(now));
    const waveId = await scheduleTestWave(ctx, versionId, { opensAt: new Date(now - 1_000).toISOString(), closesAt: new Date(now + 10 * 86_400_000).toISOString(), reminderDays: [3] });
    const dbName = (await sql<{ name: string }>`select current_database() as name`.execute(db)).rows[0]!.name;
    const url = new URL(TEST_DATABASE_URL!);
    url.pathname = `/${dbName}`;

    smtp = await startRecordingSmtp(40);
    const env = { DATABASE_URL: url.toString(), SMTP_URL: smtp.url, BALLOT_KEY: TEST_BALLOT_KEY, SESSION_SECRET: ctx.config.sessionSecret, NODE_ENV: 'test', LOG_LEVEL: 'debug', JOBS: 'on', JOBS_MAX_INTERVAL: '500', BASE_URL: 'http://panel.test' };
    for (let i = 0; i < 3; i++) instances.push(await startInstance(env));
    await waitUntil(() => instances.every((i) => i.lines.some((l) => l.includes('körs på'))), 'three instances up');

    // Kill the instance that holds the outbox-drain lease once mail is flowing.
    await waitUntil(() => smtp!.deliveries.length >= 3, 'the first invitations');
    const holder = (await db.selectFrom('job_leases').select('holder').where('name', '=', 'outbox-drain').executeTakeFirst())?.holder;
    const victim = instances.find((i) => holder?.startsWith(`${i.child.pid}.`));
    assert.ok(victim, `the outbox-drain lease (${holder}) is held by one of the instances`);
    victim.child.kill('SIGKILL');
    assert.equal(await victim.exited, 'SIGKILL');
    const deliveredAtKill = smtp.deliveries.length;
    assert.ok(deliveredAtKill < MEMBERS, `killed mid-send (${deliveredAtKill} of ${MEMBERS} delivered)`);
    // Time passes: the dead instance's leases (the job's and its rows') run out, as they would after their TTL.
    await db.updateTable('job_leases').set({ expires_at: '2000-01-01T00:00:00.000Z' }).where('holder', 'like', `${victim.child.pid}.%`).execute();
    await db.updateTable('outbox').set({ lease_until: '2000-01-01T00:00:00.000Z' }).where('status', '=', 'sending').execute();

    const sentCount = async (prefix: string) => Number((await db.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).where('unique_key', 'like', `${prefix}%`).where('status', '=', 'sent').executeTakeFirstOrThrow()).n);
    await waitUntil(async () => (await sentCount(`invite:${waveId}:`)) === MEMBERS, 'every invitation sent');
    // Time passes to reminder day 3 (three days before closing).
    await db.updateTable('waves').set({ closes_at: new Date(Date.now() + 3 * 86_400_000 - 1_000).toISOString() }).where('id', '=', waveId).execute();
    await waitUntil(async () => (await sentCount(`remind:${waveId}:`)) === MEMBERS, 'every reminder sent', 90_000);
    await new Promise((r) => setTimeout(r, 3_000)); // more ticks of every job on both survivors: nothing more goes out
    // The outbox as it stands before close: the close turns per-member reminder records into counts per day.
    const outboxRows = () => db.selectFrom('outbox').select(['unique_key', 'message_id', 'to_address']).where('unique_key', 'like', `%:${waveId}:%`).execute();
    const rows = await outboxRows();
    // Time passes to the closing date.
    await db.updateTable('waves').set({ closes_at: new Date(Date.now() - 1_000).toISOString() }).where('id', '=', waveId).execute();
    await waitUntil(async () => (await db.selectFrom('waves').select('status').where('id', '=', waveId).executeTakeFirstOrThrow()).status === 'closed', 'the wave closed');
    await new Promise((r) => setTimeout(r, 2_000));
    const survivors = instances.filter((i) => i !== victim);
    for (const i of survivors) i.child.kill('SIGTERM');
    for (const i of survivors) assert.equal(await i.exited, 0, i.lines.slice(-5).join('\n'));

    // Mail: join each delivery to its outbox row by Message-ID.
    const afterClose = await outboxRows();
    assert.deepEqual(afterClose.filter((r) => r.unique_key.startsWith('remind:')), [], 'no per-member reminder record after close');
    const counts = await db.selectFrom('wave_reminder_counts').select(['reminder_day', 'mails']).where('wave_id', '=', waveId).execute();
    assert.deepEqual(counts.map((c) => [Number(c.reminder_day), Number(c.mails)]), [[3, MEMBERS]], 'the reminders are kept as a count per day');
    const keyOf = new Map(rows.map((r) => [r.message_id, r.unique_key]));
    const byKey = new Map<string, number>();
    for (const d of smtp.deliveries) byKey.set(keyOf.get(d.messageId) ?? `unknown:${d.messageId}`, (byKey.get(keyOf.get(d.messageId) ?? `unknown:${d.messageId}`) ?? 0) + 1);
    assert.equal([...byKey.keys()].filter((k) => k.startsWith('unknown:')).length, 0, 'every delivery is an outbox row');
    const invitations = [...byKey.keys()].filter((k) => k.startsWith(`invite:${waveId}:`));
    const reminders = [...byKey.keys()].filter((k) => k.startsWith(`remind:${waveId}:`));
    assert.equal(invitations.length, MEMBERS, 'no invitation lost: one message (one Message-ID) per member');
    assert.equal(new Set(rows.filter((r) => r.unique_key.startsWith('invite:')).map((r) => r.to_address)).size, MEMBERS);
    assert.equal(reminders.length, MEMBERS, 'one reminder per member for the one reminder day');
    assert.ok(reminders.every((k) => /^remind:\d+:3:/.test(k)));
    // The only repeats allowed are the same message re-sent after the kill (accepted by SMTP, not yet marked sent).
    const repeats = [...byKey.entries()].filter(([, n]) => n > 1);
    assert.ok(repeats.every(([k, n]) => k.startsWith('invite:') && n === 2) && repeats.length <= IN_FLIGHT, `repeats: ${JSON.stringify(repeats)}`);
    console.log(`      (kill after ${deliveredAtKill} deliveries; ${repeats.length} message(s) in flight re-sent with the same Message-ID)`);

    // Jobs: no two instances ever ran the same job at the same time; the wave opened and closed once.
    const runs = instances.flatMap((i, n) => jobRuns(i, n));
    assert.ok(new Set(runs.map((r) => r.instance)).size >= 2, 'both survivors ran jobs');
    for (const job of new Set(runs.map((r) => r.job))) {
      const list = runs.filter((r) => r.job === job).sort((a, b) => a.ranAt - b.ranAt);
      for (let k = 1; k < list.length; k++) {
        assert.ok(list[k]!.ranAt >= list[k - 1]!.ranUntil, `${job} ran on instances ${list[k - 1]!.instance} and ${list[k]!.instance} at once`);
      }
    }
    const opened = runs.filter((r) => r.job === 'wave-open' && JSON.stringify(r.result).includes(`"waveId":${waveId},`));
    const closed = runs.filter((r) => r.job === 'wave-close' && JSON.stringify(r.result).includes(`[${waveId}]`));
    assert.equal(opened.length, 1, `wave-open: ${JSON.stringify(opened)}`);
    assert.equal(closed.length, 1, `wave-close: ${JSON.stringify(closed)}`);
    const audits = await db.selectFrom('audit_log').select('action').where('action', '=', 'waves.wave.close').where('object_id', '=', String(waveId)).execute();
    assert.equal(audits.length, 1, 'closed once');
  });
});
