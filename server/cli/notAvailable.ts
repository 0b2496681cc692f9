import { EXIT_USAGE, writeLine, type Command } from './command.js';

/** A command whose name is reserved but whose work is not in this version yet. */
export function notAvailable(name: string, usage: string, summary: string): Command {
  return {
    name,
    usage,
    summary: `${summary} (not available in this version)`,
    run: (_args, io) => {
      writeLine(io.stderr, `plaincare ${name}: not available in this version of PlainCare.`);
      return Promise.resolve(EXIT_USAGE);
    },
  };
}
