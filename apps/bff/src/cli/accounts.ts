/**
 * `pnpm --filter @switchboard/bff accounts create --email E --role R [--password P]` — the password is read from
 * stdin when not given (so it stays out of shell history). Uses the same DATABASE_URL / DATA_DIR as the BFF; with the
 * embedded PGlite, run it while the BFF is stopped (one process owns a PGlite directory at a time).
 */
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { accountCreateBodySchema } from '@switchboard/contracts';
import { createStore, DuplicateEmailError } from '../store';

const usage = 'usage: accounts create --email <email> --role <agent|supervisor|admin> [--password <password>]';

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters), then Enter and Ctrl-D: ');
  return (await text(process.stdin)).replace(/\r?\n$/, '');
}

export async function runAccountsCli(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
  });
  if (positionals[0] !== 'create') {
    console.error(usage);
    return 2;
  }
  const input = accountCreateBodySchema.safeParse({
    email: values.email,
    role: values.role,
    password: values.password ?? (await readPassword()),
  });
  if (!input.success) {
    for (const issue of input.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
    console.error(usage);
    return 2;
  }
  const store = await createStore({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.DATA_DIR ?? '.data/pglite',
  });
  try {
    const account = await store.accounts.create(input.data);
    console.log(`Created ${account.role} account ${account.email} (id ${account.id}).`);
    return 0;
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      console.error(`An account with the email ${input.data.email} already exists.`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runAccountsCli(process.argv.slice(2));
}
