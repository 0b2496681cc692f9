import { EXIT_USAGE, writeLine, type CliIO, type Command } from './command.js';

/**
 * `plaincare <command>`: each command lives in its own module, loaded only when asked for, so
 * `plaincare screen` starts without loading the web server.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  screen: async () => (await import('./commands/screen.js')).screenCommand,
  simplify: async () => (await import('./commands/simplify.js')).simplifyCommand,
  ask: async () => (await import('./commands/ask.js')).askCommand,
  user: async () => (await import('./commands/user.js')).userCommand,
  audit: async () => (await import('./commands/audit.js')).auditCommand,
};

async function help(io: CliIO): Promise<number> {
  writeLine(io.stdout, 'PlainCare: plain-language health answers for patients, with staff escalation.');
  writeLine(io.stdout, '');
  writeLine(io.stdout, 'Usage:');
  for (const load of Object.values(COMMANDS)) {
    const command = await load();
    writeLine(io.stdout, `  plaincare ${command.usage}`);
    writeLine(io.stdout, `      ${command.summary}`);
  }
  return 0;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const code = await help(io);
    return name === undefined ? EXIT_USAGE : code;
  }
  const load = COMMANDS[name];
  if (!load) {
    writeLine(io.stderr, `plaincare: unknown command "${name}". Run \`plaincare help\` to see the commands.`);
    return EXIT_USAGE;
  }
  const command = await load();
  return command.run(rest, io);
}

// Run directly (`node dist/server/cli/main.js serve`, as `npm start` does) as well as through bin/plaincare.js.
if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
