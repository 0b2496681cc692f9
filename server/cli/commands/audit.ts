import { createAuditLog } from '../../audit/auditLog.js';
import { configOrExit } from '../../runtime.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, writeLine, type Command } from '../command.js';
import { openSharedStore } from '../storeAccess.js';

const USAGE = 'audit verify';

const PROBLEMS = {
  sequence: 'an entry is missing or out of order',
  previous_hash: 'it does not carry the hash of the entry before it',
  hash: 'its contents do not match its hash (it was changed)',
} as const;

/** `plaincare audit verify`: walks the audit log's hash chain in the store REDIS_URL names. */
export const auditCommand: Command = {
  name: 'audit',
  usage: USAGE,
  summary:
    "Checks the audit log's hash chain: exit 0 with the count when intact, 1 naming the first broken entry.",
  async run(args, io) {
    if (args[0] !== 'verify' || args.length > 1) {
      writeLine(io.stderr, `plaincare audit: the only action is "verify". Usage: plaincare ${USAGE}`);
      return EXIT_USAGE;
    }
    const config = configOrExit(io.env, io.stderr);
    if (!config.ok) return config.code;
    const opened = await openSharedStore('audit verify', config.config, io);
    if (!opened.ok) return opened.code;
    try {
      const result = await createAuditLog({ store: opened.store.audit, now: Date.now }).verify();
      if (result.ok) {
        writeLine(io.stdout, `audit chain intact: ${result.count} entries`);
        return EXIT_OK;
      }
      writeLine(
        io.stdout,
        `audit chain broken at entry ${result.brokenAt}: ${PROBLEMS[result.problem]} (entries 1 to ${result.count} are intact)`,
      );
      return EXIT_FAILED;
    } catch (error) {
      writeLine(
        io.stderr,
        `plaincare audit: could not read the audit log: ${error instanceof Error ? error.message : String(error)}`,
      );
      return EXIT_FAILED;
    } finally {
      await opened.store.close();
    }
  },
};
