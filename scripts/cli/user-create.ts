import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { checkPasswordPolicy } from '../../server/domain/passwords';
import { createStaffUser } from '../../server/services/staff-users';
import { cliMain, openForCli } from './open';

const usage = 'Usage: npm run user:create -- --email namn@myndighet.se --name "För Efternamn" --role admin|analyst|editor|viewer\n'
  + '(the password is read from USER_PASSWORD or asked for)';

cliMain(async () => {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } });
  const role = z.enum(['admin', 'analyst', 'editor', 'viewer']).safeParse(values.role);
  if (!values.email || !values.name || !role.success) throw new Error(usage);
  let password = process.env.USER_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question('Lösenord: ');
    rl.close();
  }
  const problem = checkPasswordPolicy(password, { email: values.email });
  if (problem) throw new Error(problem);
  const { deps, database } = await openForCli();
  const result = await createStaffUser(deps, null, { email: values.email, name: values.name, role: role.data, password });
  await database.close();
  if (!result.ok) throw new Error(result.message);
  process.stdout.write(`Användaren ${values.email} (${role.data}) är skapad.\n`);
});
