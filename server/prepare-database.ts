import type { AppDeps } from './deps';
import { hashPassword } from './auth/passwords';
import { countStaff, insertStaff } from '../db/repositories/staff-users';
import { seedReferenceData } from '../db/seed/reference-seed';

/** Loads the demo seeder (scripts/seed/demo) on demand, so the running server never links it statically. */
export type LoadDemo = () => Promise<{ seedDemo(deps: AppDeps, print: (line: string) => void): Promise<void> }>;

/** Start-up: reference data always; then the first admin from ADMIN_EMAIL/ADMIN_PASSWORD, or — outside
 *  production, on an empty database — the full Swedish demo. */
export async function prepareDatabase(deps: AppDeps, print: (line: string) => void, loadDemo: LoadDemo): Promise<void> {
  if (await seedReferenceData(deps.db)) print('Kommunerna (290) är inlästa.');
  if ((await countStaff(deps.db)) > 0) {
    if (deps.config.env !== 'production') {
      print('Databasen har redan data. Logga in med inloggningarna som skrevs ut vid första starten.');
      print('Glömt lösenordet? npm run user:create -- --email du@example.se --name "Ditt Namn" --role admin');
      print('Eller börja om: stoppa appen, ta bort mappen data/ och kör npm start igen.');
    }
    return;
  }
  const { adminEmail, adminPassword, env } = deps.config;
  if (adminEmail && adminPassword) {
    await insertStaff(deps.db, { email: adminEmail, name: 'Administratör', role: 'admin', passwordHash: await hashPassword(adminPassword), now: deps.clock.now().toISOString() });
    print(`Första administratören ${adminEmail} är skapad.`);
    return;
  }
  if (env === 'production') {
    print('Ingen användare finns. Sätt ADMIN_EMAIL och ADMIN_PASSWORD, eller kör npm run user:create.');
    return;
  }
  print('Tom databas: skapar demodata …');
  const { seedDemo } = await loadDemo();
  await seedDemo(deps, print);
  print('Demodata klar.');
}
