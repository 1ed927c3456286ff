import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps';
import type { DB } from '../../../db/schema';
import { writeAudit } from '../../../db/repositories/audit-log';
import { listAllActiveContacts } from '../../../db/repositories/contacts';
import { listMunicipalities } from '../../../db/repositories/municipalities';
import { listMembers } from '../../../db/repositories/panel';
import {
  discardStaleImports, findImport, insertImport, markImportApplied, replacePendingImportRows,
} from '../../../db/repositories/panel-imports';
import { executeImportRow, ImportRowRefused } from './import-apply-row';
import { readImportFile } from './import-read';
import { countStatuses, planImport, type PlannedRow, type RegisterSnapshot } from './import-plan';
import { timeOf } from './types';
import type { Actor } from '../../domain/actor';

const DRY_RUN_VALID_MS = 24 * 3600_000;
const STALE_AFTER_MS = 7 * 24 * 3600_000;

export async function loadRegisterSnapshot(db: Kysely<DB>): Promise<RegisterSnapshot> {
  // One after the other: inside a transaction there is one connection.
  const municipalities = await listMunicipalities(db);
  const members = await listMembers(db);
  const activeContacts = await listAllActiveContacts(db);
  return { municipalities, members: new Map(members.map((m) => [m.kommunkod, m.status])), activeContacts };
}

/** Step 1: read the file and store its dry run (every row with status and reason). Nothing in the register changes. */
export async function createImportDryRun(deps: AppDeps, actor: { id: number }, file: { buffer: Buffer; originalname: string }): Promise<{ ok: true; id: number } | { ok: false; message: string }> {
  const read = await readImportFile(file.buffer, file.originalname);
  if (!read.ok) return read;
  const rows = planImport(read.rows, await loadRegisterSnapshot(deps.db));
  const { now } = timeOf(deps);
  await discardStaleImports(deps.db, new Date(deps.clock.now().getTime() - STALE_AFTER_MS).toISOString());
  const id = await insertImport(deps.db, {
    createdBy: actor.id, now, filename: file.originalname.slice(0, 200), rows: JSON.stringify(rows),
    notices: JSON.stringify(read.notices), summary: JSON.stringify(countStatuses(rows)),
  });
  return { ok: true, id };
}

const signature = (rows: readonly PlannedRow[]) => JSON.stringify(rows.map((r) => [r.line, r.status, r.reasons]));

class RegisterChanged extends Error {
  constructor(readonly rows: PlannedRow[]) { super('register changed since the dry run'); }
}

export type ApplyResult =
  | { ok: true; counts: Record<string, number> }
  | { ok: false; message: string };

/**
 * Step 2: apply every valid row in one transaction, or nothing. The rows are checked again inside the
 * transaction; if the outcome differs from the dry run the user saw (someone changed the register
 * meanwhile), or any row is refused, everything is rolled back.
 */
export async function applyImport(deps: AppDeps, actor: Actor | null, importId: number): Promise<ApplyResult> {
  const { now, today } = timeOf(deps);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const imp = await findImport(trx, importId);
      if (!imp || imp.status !== 'pending' || !imp.rows) return { ok: false, message: 'Importen är redan genomförd eller borttagen. Ladda upp filen igen om du vill importera den.' } as const;
      if (deps.clock.now().getTime() - Date.parse(imp.created_at) > DRY_RUN_VALID_MS) {
        return { ok: false, message: 'Förhandsgranskningen är äldre än ett dygn. Ladda upp filen igen.' } as const;
      }
      const stored = JSON.parse(imp.rows) as PlannedRow[];
      const fresh = planImport(stored.map((r) => r.input), await loadRegisterSnapshot(trx));
      if (signature(fresh) !== signature(stored)) throw new RegisterChanged(fresh);
      for (const row of fresh) await executeImportRow(trx, row, { actor, today, now, via: `import:${importId}` });
      const counts = countStatuses(fresh);
      if (!(await markImportApplied(trx, importId, actor?.id ?? null, now, JSON.stringify(counts)))) {
        return { ok: false, message: 'Importen är redan genomförd.' } as const;
      }
      await writeAudit(trx, { actor, action: 'panel.import.apply', objectType: 'panel_import', objectId: importId, details: counts }, now);
      return { ok: true, counts } as const;
    });
  } catch (e) {
    if (e instanceof RegisterChanged) {
      await replacePendingImportRows(deps.db, importId, JSON.stringify(e.rows), JSON.stringify(countStatuses(e.rows)));
      return { ok: false, message: 'Panelregistret har ändrats sedan förhandsgranskningen, så ingenting har importerats. Granska raderna nedan igen innan du genomför importen.' };
    }
    if (e instanceof ImportRowRefused) return { ok: false, message: `Rad ${e.line}: ${e.message}. Ingenting har importerats.` };
    // Database errors can quote the values (e-mail addresses): log only what kind of error it was.
    deps.logger.error({ importId, code: (e as { code?: unknown })?.code ?? null, name: (e as Error)?.name }, 'panel import failed and was rolled back');
    return { ok: false, message: 'Importen kunde inte genomföras på grund av ett tekniskt fel, så ingenting har importerats. Försök igen om en stund.' };
  }
}
