import { createAuditLog } from '../../audit/auditLog.js';
import { createAccount } from '../../auth/accounts.js';
import { configOrExit } from '../../runtime.js';
import { ROLES, type Role } from '../../store/staffRecords.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, parseCommandLine, writeLine, type Command } from '../command.js';
import { openSharedStore, readStdin } from '../storeAccess.js';

const USAGE = 'user add --email E --role agent|clinician|admin --password-stdin [--name "Display name"]';

const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/**
 * `plaincare user add`: creates a staff account in the store REDIS_URL names. The password comes
 * on stdin only (a command line ends up in shell history and `ps`), and the creation is audited.
 */
export const userCommand: Command = {
  name: 'user',
  usage: USAGE,
  summary: 'Creates a staff account (password read from stdin) in the store REDIS_URL names.',
  async run(args, io) {
    const fail = (line: string, code = EXIT_USAGE) => {
      writeLine(io.stderr, `plaincare user: ${line}`);
      return code;
    };
    const parsed = parseCommandLine(
      {
        args,
        allowPositionals: true,
        options: {
          email: { type: 'string' },
          role: { type: 'string' },
          name: { type: 'string' },
          'password-stdin': { type: 'boolean', default: false },
        },
      },
      userCommand,
      io,
    );
    if (!parsed) return EXIT_USAGE;
    const [action] = parsed.positionals;
    if (action !== 'add') return fail(`the only action is "add". Usage: plaincare ${USAGE}`);
    const { email, role, name } = parsed.values;
    if (email === undefined) return fail(`--email is required. Usage: plaincare ${USAGE}`);
    if (!isRole(role)) return fail(`--role must be one of ${ROLES.join(', ')}. Usage: plaincare ${USAGE}`);
    if (!parsed.values['password-stdin']) {
      return fail(
        'give the password on stdin with --password-stdin (never on the command line), e.g. printf %s "$PW" | plaincare user add ...',
      );
    }
    const config = configOrExit(io.env, io.stderr);
    if (!config.ok) return config.code;
    const password = await readStdin(io.stdin);
    if (password.length === 0) return fail('no password arrived on stdin.');

    const opened = await openSharedStore('user add', config.config, io);
    if (!opened.ok) return opened.code;
    const { store } = opened;
    try {
      const result = await createAccount(
        { users: store.users, audit: createAuditLog({ store: store.audit, now: Date.now }), now: Date.now },
        { email, password, role, ...(name !== undefined ? { name } : {}) },
        { kind: 'cli' },
      );
      if (!result.ok) return fail(result.message, result.code === 'email_taken' ? EXIT_FAILED : EXIT_USAGE);
      writeLine(io.stdout, `created ${result.user.role} account ${result.user.email} (${result.user.name})`);
      return EXIT_OK;
    } catch (error) {
      return fail(
        `could not create the account: ${error instanceof Error ? error.message : String(error)}`,
        EXIT_FAILED,
      );
    } finally {
      await store.close();
    }
  },
};
