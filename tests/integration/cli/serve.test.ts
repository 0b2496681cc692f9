import { describe, expect, test } from '@jest/globals';
import { io } from 'socket.io-client';
import { runCli, spawnCli } from '../../support/cli.js';

describe('plaincare serve', () => {
  test.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ REDIS_URL: 'nope' }, 'REDIS_URL'],
    [{ NODE_ENV: 'production' }, 'SESSION_SECRET'],
  ])(
    'a bad environment %j stops the start with exit code 2 and one line naming %s',
    async (env, variable) => {
      const run = await runCli(['serve'], env);
      expect(run.code).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(variable);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    },
  );

  test('a Redis that does not answer stops the start with one clear line', async () => {
    const run = await runCli(['serve'], { PORT: '0', REDIS_URL: 'redis://127.0.0.1:1' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/could not open redis:\/\/127\.0\.0\.1:1/);
  });

  test('starts, answers, and on SIGTERM drains its sockets and exits 0', async () => {
    const child = spawnCli(['serve'], { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 20_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /"port":(\d+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);

    const socket = io(`http://127.0.0.1:${port}/patient`, { transports: ['websocket'], reconnection: false });
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
    const disconnected = new Promise<string>((resolve) =>
      socket.on('disconnect', (reason) => resolve(reason)),
    );
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // A transport close (not a server "disconnect" packet) is what makes a widget reconnect by itself
    // once the restarted server is back.
    expect(await disconnected).toBe('transport close');
    expect(output).toContain('shutting down');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});

describe('plaincare (the command itself)', () => {
  test('an unknown command exits 2 and points to help', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plaincare help');
  });

  test('help lists every command', async () => {
    const run = await runCli(['help']);
    expect(run.code).toBe(0);
    for (const command of ['serve', 'screen', 'simplify', 'ask', 'user add', 'audit verify']) {
      expect(run.stdout).toContain(`plaincare ${command}`);
    }
  });
});
