import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { simplifyCommand } from '../../../server/cli/commands/simplify.js';
import { startFakeOpenAI, type FakeOpenAIServer } from '../../fakes/openaiServer.js';
import { makeDocx, makePdf, makePng } from '../../fixtures/files/make.js';
import { echo } from './support.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString('utf8');
    callback();
  }
}

const DISCHARGE = [
  'Discharge instructions',
  'Take 1 tab of metoprolol 25 mg PO BID.',
  'Call 911 if you have chest pain or shortness of breath.',
];

async function run(args: string[], options: { stdin?: Buffer; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await simplifyCommand.run(args, {
    stdin: Readable.from(options.stdin ? [options.stdin] : []),
    stdout,
    stderr,
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env },
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

interface JsonOutput {
  text: string;
  engine: string;
  lang: string;
  readability: { before: { grade: number }; after: { grade: number } };
  facts: { preserved: boolean; missing: string[]; added: string[] };
  flags: Array<{ code: string; message: string }>;
}

const parse = (stdout: string): JsonOutput => JSON.parse(stdout) as JsonOutput;

let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plaincare-simplify-'));
  const write = async (name: string, data: Buffer | string): Promise<void> => {
    files[name] = join(dir, name);
    await writeFile(join(dir, name), data);
  };
  await write('note.txt', DISCHARGE.join('\n'));
  // Named for another type on purpose: the content decides.
  await write('note.pdf', makeDocx(DISCHARGE));
  await write('scan.docx', makePdf(DISCHARGE));
  await write('scan-no-text.pdf', makePdf([]));
  await write('photo.txt', makePng());
  await write(
    'nota.md',
    '# Instrucciones\n\nTome 1 tableta de metoprolol 25 mg por la boca dos veces al día.\n\nLlame al 911 si tiene dolor de pecho.',
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('plaincare simplify, without a model', () => {
  test.each([
    ['a text file', 'note.txt'],
    ['a DOCX (named .pdf)', 'note.pdf'],
    ['a text-layer PDF (named .docx)', 'scan.docx'],
  ])('%s: --json prints the contract', async (_name, file) => {
    const { code, stdout, stderr } = await run(['--json', files[file] ?? '']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = parse(stdout);
    expect(out.engine).toBe('embedded');
    expect(out.lang).toBe('en');
    expect(out.text).toMatch(/metoprolol/i);
    expect(out.text).toContain('25 mg');
    expect(typeof out.readability.before.grade).toBe('number');
    expect(typeof out.readability.after.grade).toBe('number');
    expect(out.facts).toEqual(
      expect.objectContaining({
        preserved: expect.any(Boolean),
        missing: expect.any(Array),
        added: expect.any(Array),
      }),
    );
  });

  test('without --json it prints the plain text only', async () => {
    const { code, stdout } = await run([files['note.txt'] ?? '']);
    expect(code).toBe(0);
    expect(stdout).toContain('25 mg');
    expect(() => JSON.parse(stdout) as unknown).toThrow();
  });

  test('reads standard input with - or with no FILE', async () => {
    for (const args of [['--json', '-'], ['--json']]) {
      const { code, stdout } = await run(args, { stdin: Buffer.from(DISCHARGE.join('\n')) });
      expect(code).toBe(0);
      expect(parse(stdout).text).toContain('25 mg');
    }
  });

  test('detects the language when --lang is not given', async () => {
    const { code, stdout } = await run(['--json', files['nota.md'] ?? '']);
    expect(code).toBe(0);
    expect(parse(stdout).lang).toBe('es');
  });

  test('--target-grade reaches the engine', async () => {
    const { code } = await run(['--json', '--target-grade', '6', files['note.txt'] ?? '']);
    expect(code).toBe(0);
  });
});

describe('plaincare simplify refuses, with exit 2 and one clear line', () => {
  test.each([
    ['a PDF without a text layer', ['scan-no-text.pdf'], /text layer/],
    ['a picture', ['photo.txt'], /image/],
    ['a file that does not exist', ['missing.txt'], /no such file/],
    ['a folder', ['.'], /folder/],
  ])('%s', async (_name, [file], message) => {
    const path =
      file === '.' ? dir : file === 'missing.txt' ? join(dir, 'missing.txt') : (files[file ?? ''] ?? '');
    const { code, stdout, stderr } = await run([path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^plaincare simplify: /);
    expect(stderr).toMatch(message);
  });

  test.each([
    ['an unknown language', ['--lang', 'fr', 'x.txt'], /--lang must be one of/],
    ['a grade out of range', ['--target-grade', '40', 'x.txt'], /--target-grade/],
    ['two files', ['a.txt', 'b.txt'], /one FILE/],
    ['an unknown option', ['--fast', 'x.txt'], /Usage/],
  ])('%s', async (_name, args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  test('a bad model setting names the variable', async () => {
    const { code, stderr } = await run([files['note.txt'] ?? ''], { env: { OPENAI_BASE_URL: 'not a url' } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/OPENAI_BASE_URL/);
  });
});

describe('plaincare simplify with a model configured', () => {
  let fake: FakeOpenAIServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(async () => {
    await fake.close();
  });

  test('uses the model named by OPENAI_BASE_URL', async () => {
    fake.otherwise({ kind: 'reply', text: echo });
    const { code, stdout } = await run(['--json', files['note.txt'] ?? ''], {
      env: { OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: 'test-key', OPENAI_MODEL: 'fake-model' },
    });
    expect(code).toBe(0);
    expect(parse(stdout).engine).toBe('llm');
    expect(fake.requests.at(-1)?.body?.model).toBe('fake-model');
  });

  test('serves the embedded version when the model refuses, and says so on stderr', async () => {
    fake.otherwise({ kind: 'status', status: 401 });
    const { code, stdout, stderr } = await run(['--json', files['note.txt'] ?? ''], {
      env: { OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: 'wrong-key' },
    });
    expect(code).toBe(0);
    expect(parse(stdout).engine).toBe('embedded');
    expect(parse(stdout).flags.map((flag) => flag.code)).toContain('model_fallback');
    expect(stderr).toMatch(/HTTP 401/);
  });
});
