import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What every `plaincare` sub-command receives: its arguments and the process's streams, passed in so tests run commands in-process. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  /** The usage line shown by `plaincare help`. */
  usage: string;
  summary: string;
  /** Resolves to the exit code: 0 done, 1 the work failed, 2 bad usage or configuration. */
  run(args: string[], io: CliIO): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function writeLine(stream: NodeJS.WritableStream, line: string): void {
  stream.write(`${line}\n`);
}

/**
 * Parses a command's arguments with node's parseArgs; a mistake (an unknown option, a missing
 * value) is one line on stderr ending with the usage, and undefined (the caller exits 2).
 */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  command: { name: string; usage: string },
  io: CliIO,
): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    writeLine(io.stderr, `plaincare ${command.name}: ${reason}. Usage: plaincare ${command.usage}`);
    return undefined;
  }
}
