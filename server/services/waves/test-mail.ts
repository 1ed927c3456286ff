import { writeAudit } from '../../../db/repositories/audit-log';
import type { Wave } from '../../../db/repositories/waves';
import type { AppDeps } from '../../deps';
import { enqueueMail } from '../../mail/outbox';
import { waveMailContent } from './queue-wave-mail';

type Staff = { id: number; email: string; name: string };
const KINDS = ['invitation', 'reminder'] as const;

/** Placeholder links: a test mail must never carry a working answer link (it would add a ballot) or unsubscribe anyone. */
export function testLinks(baseUrl: string) {
  return { answerUrl: `${baseUrl}/svar/testutskick-lanken-fungerar-bara-i-riktiga-utskick`, unsubscribeUrl: `${baseUrl}/avregistrera/testutskick` };
}

/** The invitation and the reminder exactly as a panel member gets them, with placeholder links (the preview page). */
export async function previewWaveMails(deps: AppDeps, wave: Wave, name: string) {
  const links = testLinks(deps.config.baseUrl);
  return Promise.all(KINDS.map(async (kind) => ({ kind, ...(await waveMailContent(deps.db, wave, kind, { name, ...links })) })));
}

/** Queues the invitation and the reminder to the staff member's own address, subject marked as a test. */
export async function sendTestWaveMails(deps: AppDeps, staff: Staff, wave: Wave): Promise<number> {
  const now = deps.clock.now();
  const mails = await previewWaveMails(deps, wave, staff.name);
  return deps.db.transaction().execute(async (trx) => {
    let n = 0;
    for (const m of mails) {
      const key = `test:${wave.id}:${m.kind}:${staff.id}:${now.getTime()}`;
      if (await enqueueMail(trx, { key, category: 'enkät-test', to: staff.email, toName: staff.name, subject: `[Test] ${m.subject}`, html: m.html, text: m.text }, now)) n++;
    }
    await writeAudit(trx, { actor: staff, action: 'waves.wave.test-mail', objectType: 'wave', objectId: wave.id }, now.toISOString());
    return n;
  });
}
