import { afterAll, describe, expect, test } from '@jest/globals';
import { Readable, Writable } from 'node:stream';
import { auditCommand } from '../../../server/cli/commands/audit.js';
import { userCommand } from '../../../server/cli/commands/user.js';
import type { CliIO } from '../../../server/cli/command.js';
import { connectTestRedis, REDIS_REQUIRED, REDIS_URL } from '../../support/redis.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString('utf8');
    callback();
  }
}

function io(env: NodeJS.ProcessEnv, stdin = ''): CliIO & { out: Capture; err: Capture } {
  const out = new Capture();
  const err = new Capture();
  return { stdin: Readable.from([stdin]), stdout: out, stderr: err, env, out, err };
}

const PASSWORD = 'correct horse battery staple';

describe('plaincare user add / audit verify without REDIS_URL', () => {
  test.each([
    ['user', ['add', '--email', 'a@example.org', '--role', 'agent', '--password-stdin']],
    ['audit', ['verify']],
  ])(
    '%s says in one line that the embedded store lives in the server, points to the setup link, exits 2',
    async (name, args) => {
      const command = name === 'user' ? userCommand : auditCommand;
      const run = io({}, PASSWORD);
      await expect(command.run(args, run)).resolves.toBe(2);
      expect(run.err.text.trim().split('\n')).toHaveLength(1);
      expect(run.err.text).toMatch(/embedded in-memory store lives inside the server process/);
      expect(run.err.text).toMatch(/\/setup\/<token>/);
    },
  );

  test.each<[string, string[], RegExp]>([
    ['no password flag', ['add', '--email', 'a@example.org', '--role', 'agent'], /--password-stdin/],
    [
      'an unknown role',
      ['add', '--email', 'a@example.org', '--role', 'nurse', '--password-stdin'],
      /agent, clinician, admin/,
    ],
    ['no email', ['add', '--role', 'agent', '--password-stdin'], /--email is required/],
    ['another action', ['remove', '--email', 'a@example.org'], /only action is "add"/],
  ])('%s is a usage error (exit 2)', async (_name, args, message) => {
    const run = io({ REDIS_URL }, PASSWORD);
    await expect(userCommand.run(args, run)).resolves.toBe(2);
    expect(run.err.text).toMatch(message);
  });
});

const redis = await connectTestRedis('staff-cli');
afterAll(async () => {
  await redis?.cleanup();
});

if (!redis && REDIS_REQUIRED) {
  test('Redis is reachable (REQUIRE_REDIS=1)', () => {
    throw new Error(`Redis is required but not reachable at ${REDIS_URL}`);
  });
}

(redis ? describe : describe.skip)('plaincare user add / audit verify on Redis', () => {
  const env = (): NodeJS.ProcessEnv => ({ REDIS_URL, REDIS_PREFIX: redis?.prefix ?? '' });

  test('creates an account with an argon2id hash, and refuses the same email twice', async () => {
    const first = io(env(), `${PASSWORD}\n`);
    await expect(
      userCommand.run(
        ['add', '--email', 'Ana@Example.org', '--role', 'agent', '--password-stdin', '--name', 'Ana'],
        first,
      ),
    ).resolves.toBe(0);
    expect(first.out.text).toMatch(/created agent account ana@example.org \(Ana\)/);
    const again = io(env(), PASSWORD);
    await expect(
      userCommand.run(['add', '--email', 'ana@example.org', '--role', 'admin', '--password-stdin'], again),
    ).resolves.toBe(1);
    expect(again.err.text).toMatch(/already exists/);
    if (!redis) return;
    const id = await redis.client.hGet(`${redis.prefix}users:email`, 'ana@example.org');
    const stored = await redis.client.get(`${redis.prefix}user:${String(id)}`);
    expect(stored).toContain('$argon2id$');
    expect(stored).not.toContain(PASSWORD);
  });

  test('a short password is refused with the rule', async () => {
    const run = io(env(), 'short');
    await expect(
      userCommand.run(['add', '--email', 'ben@example.org', '--role', 'agent', '--password-stdin'], run),
    ).resolves.toBe(2);
    expect(run.err.text).toMatch(/at least 12 characters/);
  });

  test('audit verify counts an intact chain, and names the first entry that was changed', async () => {
    await userCommand.run(
      ['add', '--email', 'cleo@example.org', '--role', 'clinician', '--password-stdin'],
      io(env(), PASSWORD),
    );
    const intact = io(env());
    await expect(auditCommand.run(['verify'], intact)).resolves.toBe(0);
    expect(intact.out.text).toMatch(/audit chain intact: 2 entries/);
    if (!redis) return;
    const key = `${redis.prefix}audit:log`;
    const original = await redis.client.lIndex(key, 0);
    await redis.client.lSet(key, 0, String(original).replace('"role":"agent"', '"role":"admin"'));
    const broken = io(env());
    await expect(auditCommand.run(['verify'], broken)).resolves.toBe(1);
    expect(broken.out.text).toMatch(/broken at entry 1: its contents do not match its hash/);
    await redis.client.lSet(key, 0, String(original));
  });
});
