import path from 'node:path';
import { loadConfig } from '../../server/config';
import { backupSqlite } from '../../db/backup';
import { openDatabase } from '../../db/database';
import { cliMain } from './open';

cliMain(async () => {
  const config = loadConfig();
  const target = process.argv[2] ?? path.join(config.dataDir, `backup-${new Date().toISOString().slice(0, 10)}.db`);
  const database = openDatabase(config.database);
  const { pages } = await backupSqlite(database, target);
  await database.close();
  process.stdout.write(`Säkerhetskopia skriven till ${target} (${pages} sidor).\n`);
});
