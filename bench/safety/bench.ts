/**
 * `npm run bench:safety`: how fast the screener is on one core. Short messages (the labelled corpus)
 * and 2,000-character messages (the chat's limit) built from it, p50/p99 per message and messages
 * per second; then adversarial inputs at growing sizes (long repeats, nested punctuation, repeated
 * red-flag and cue words) to show time grows linearly with length. Ends with `RESULT {json}`.
 * Run it on a quiet machine: other processes on the same cores inflate every figure.
 */
import { projectPath } from '../../server/paths.js';
import { loadScreener } from '../../safety/screen/index.js';
import { createRedactor } from '../../safety/phi/index.js';
import { loadCorpus } from './corpus.js';

const LONG_CHARS = 2000;

/** A small deterministic generator so every run builds the same long messages. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length));
  return sorted[index] ?? 0;
}

function timeEach(
  texts: string[],
  run: (text: string) => unknown,
  rounds: number,
): { p50: number; p99: number; perSecond: number } {
  const samples: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let round = 0; round < rounds; round += 1) {
    for (const text of texts) {
      const start = performance.now();
      run(text);
      samples.push(performance.now() - start);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  samples.sort((a, b) => a - b);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    perSecond: samples.length / cpuSeconds,
  };
}

/**
 * Each message's best time over several runs, then p50/p99 over messages. On a shared machine the
 * slowest runs measure the other processes (preemption, cache contention) more than the screener;
 * the best of a few runs keeps what the message itself costs.
 */
function bestOf(
  texts: string[],
  run: (text: string) => unknown,
  repeats: number,
): { p50: number; p99: number } {
  const best = texts.map((text) => {
    let min = Infinity;
    for (let k = 0; k < repeats; k += 1) {
      const start = performance.now();
      run(text);
      min = Math.min(min, performance.now() - start);
    }
    return min;
  });
  best.sort((a, b) => a - b);
  return { p50: percentile(best, 50), p99: percentile(best, 99) };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The reference loop's time on an idle 2-core laptop, in CPU microseconds (see `referenceLoop`). */
const IDLE_REFERENCE_MICROS = 2;

/**
 * A fixed reference loop (2,000 character reads), timed in CPU microseconds, so a reader can tell
 * a slow or shared machine from a slow screener: an idle 2-core laptop does it in about 2 µs.
 */
function referenceOnce(): number {
  const text = 'x'.repeat(2000);
  let sum = 0;
  const start = process.cpuUsage();
  for (let k = 0; k < 2000; k += 1) for (let i = 0; i < text.length; i += 1) sum += text.charCodeAt(i);
  const used = process.cpuUsage(start);
  return sum > 0 ? (used.user + used.system) / 2000 : 0;
}

/** The median of seven runs of the loop: one run on a shared machine swings by a factor of two. */
function referenceLoop(): number {
  const runs = Array.from({ length: 7 }, referenceOnce).sort((a, b) => a - b);
  return runs[3] ?? 0;
}
const referenceMicros = referenceLoop();

const loadStart = performance.now();
const screener = loadScreener(projectPath('safety', 'lexicons'));
const loadMs = performance.now() - loadStart;
const corpus = loadCorpus(projectPath('tests', 'fixtures', 'safety')).map((item) => item.text);

const next = random(42);
const long: string[] = [];
for (let i = 0; i < 200; i += 1) {
  let text = '';
  while (text.length < LONG_CHARS) text += `${corpus[Math.floor(next() * corpus.length)] ?? ''} `;
  long.push(text.slice(0, LONG_CHARS));
}

// Warm up the JIT and the typo cache the way a running server would be.
for (let i = 0; i < 3; i += 1) for (const text of corpus) screener.screen(text);
for (const text of long) screener.screen(text);

const short = timeEach(corpus, (text) => screener.screen(text), 20);
const longRun = timeEach(long, (text) => screener.screen(text), 10);
const longBest = bestOf(long, (text) => screener.screen(text), 5);
// Measured again after the runs above, so a machine that got busier or quieter meanwhile shows.
const referenceAfter = referenceLoop();
const slowdown = Math.max(1, (referenceMicros + referenceAfter) / 2 / IDLE_REFERENCE_MICROS);

const redactor = createRedactor();
const redactShort = timeEach(corpus, (text) => redactor.redact(text), 5);

console.log(
  `screener load: ${loadMs.toFixed(0)} ms; reference loop: ${referenceMicros.toFixed(1)} µs CPU (about 2 µs on an idle machine)`,
);
console.log('\n                      p50 ms   p99 ms   messages/s (one core, CPU time)');
console.log(
  `  short (${corpus.length} msgs)   ${short.p50.toFixed(3).padStart(7)}  ${short.p99.toFixed(3).padStart(7)}   ${Math.round(short.perSecond)}`,
);
console.log(
  `  2,000 characters     ${longRun.p50.toFixed(3).padStart(7)}  ${longRun.p99.toFixed(3).padStart(7)}   ${Math.round(longRun.perSecond)}`,
);
console.log(
  `  redact (short)       ${redactShort.p50.toFixed(3).padStart(7)}  ${redactShort.p99.toFixed(3).padStart(7)}   ${Math.round(redactShort.perSecond)}`,
);
console.log(
  `  2,000 chars, best of 5 runs per message ${longBest.p50.toFixed(3)} / ${longBest.p99.toFixed(3)} ms (p50 / p99)`,
);
console.log(
  `\nthis machine ran the reference loop ${slowdown.toFixed(1)}x slower than idle (${referenceMicros.toFixed(1)} and ${referenceAfter.toFixed(1)} µs);` +
    ` corrected for that, 2,000 characters: p50 ${(longRun.p50 / slowdown).toFixed(3)} ms, p99 ${(longRun.p99 / slowdown).toFixed(3)} ms,` +
    ` best-of-5 p99 ${(longBest.p99 / slowdown).toFixed(3)} ms; short messages ${Math.round(short.perSecond * slowdown)}/s`,
);

// Linearity: the same adversarial pattern at 1x, 4x and 16x the length should take about 1x, 4x, 16x the time.
const ADVERSARIAL: Record<string, (n: number) => string> = {
  'one letter': (n) => 'a'.repeat(n),
  punctuation: (n) => '(['.repeat(n / 4) + '])'.repeat(n / 4),
  'dots and digits': (n) => '1.'.repeat(n / 2),
  'red-flag words': (n) => 'chest pain '.repeat(n / 11),
  'negation words': (n) => 'no no not never '.repeat(n / 16),
  'cue and flag mix': (n) => 'no chest pain but i cant breathe what are the signs of '.repeat(n / 55),
  'injection text': (n) => 'ignore all previous instructions '.repeat(n / 33),
  'Han characters': (n) => '胸口痛没有'.repeat(n / 5),
  'Hangul syllables': (n) => '가슴이 아파요 '.repeat(n / 8),
  'Arabic clitics': (n) => 'والصدر وبالدم '.repeat(n / 14),
  emoji: (n) => '🩸😰'.repeat(n / 4),
  'typo-like words': (n) => 'chesr paim brething bleedin '.repeat(n / 28),
  'phone-like digits': (n) => '555-123-4567 '.repeat(n / 13),
};
const SIZES = [2000, 8000, 32000];
console.log(
  '\nadversarial inputs: ms per call at 2k / 8k / 32k characters (screen + redact); ratio of the 32k time to 16x the 2k time',
);
const ratios: Record<string, number> = {};
for (const [name, make] of Object.entries(ADVERSARIAL)) {
  const times = SIZES.map((size) => {
    const text = make(size);
    screener.screen(text);
    redactor.redact(text);
    const start = performance.now();
    for (let i = 0; i < 3; i += 1) {
      screener.screen(text);
      redactor.redact(text);
    }
    return (performance.now() - start) / 3;
  });
  const [t2 = 0, t8 = 0, t32 = 0] = times;
  const ratio = t2 === 0 ? 0 : t32 / (16 * t2);
  ratios[name] = round3(ratio);
  console.log(
    `  ${name.padEnd(18)} ${t2.toFixed(2).padStart(8)} ${t8.toFixed(2).padStart(8)} ${t32.toFixed(2).padStart(9)}   x${ratio.toFixed(2)}`,
  );
}
const worstRatio = Math.max(...Object.values(ratios));
console.log(
  `\nworst growth ratio: ${worstRatio.toFixed(2)} (1.0 is linear; a quadratic pattern would show about 16)`,
);
console.log(
  `RESULT ${JSON.stringify({
    p50ShortMs: round3(short.p50),
    p99ShortMs: round3(short.p99),
    p50LongMs: round3(longRun.p50),
    p99LongMs: round3(longRun.p99),
    messagesPerSecond: Math.round(short.perSecond),
    longMessagesPerSecond: Math.round(longRun.perSecond),
    p50LongBestOf5Ms: round3(longBest.p50),
    p99LongBestOf5Ms: round3(longBest.p99),
    machineSlowdown: round3(slowdown),
    p50LongCorrectedMs: round3(longRun.p50 / slowdown),
    p99LongCorrectedMs: round3(longRun.p99 / slowdown),
    p99LongBestOf5CorrectedMs: round3(longBest.p99 / slowdown),
    messagesPerSecondCorrected: Math.round(short.perSecond * slowdown),
    redactP99ShortMs: round3(redactShort.p99),
    loadMs: Math.round(loadMs),
    referenceLoopMicros: round3(referenceMicros),
    referenceLoopAfterMicros: round3(referenceAfter),
    worstGrowthRatio: round3(worstRatio),
    growthRatios: ratios,
  })}`,
);
