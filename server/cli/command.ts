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
