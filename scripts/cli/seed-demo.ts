import { countStaff } from '../../db/repositories/staff-users';
import { seedReferenceData } from '../../db/seed/reference-seed';
import { seedDemo } from '../seed/demo';
import { cliMain, openForCli } from './open';

cliMain(async () => {
  const { deps, database } = await openForCli();
  await seedReferenceData(deps.db);
  if ((await countStaff(deps.db)) > 0) {
    process.stdout.write('Databasen innehåller redan data. Ta bort data/app.db (eller använd en ny DATABASE_URL) och kör igen.\n');
  } else {
    await seedDemo(deps, (l) => process.stdout.write(`${l}\n`));
  }
  await database.close();
});
