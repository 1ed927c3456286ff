import { loadConfig } from '../../server/config';
import { openDatabase } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { cliMain } from './open';

cliMain(async () => {
  const database = openDatabase(loadConfig().database);
  const applied = await migrateToLatest(database.db);
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
  await database.close();
});
