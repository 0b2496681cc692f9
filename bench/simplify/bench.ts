/**
 * npm run bench:simplify — how long the embedded simplifier takes on a 5,000-word document (the corpus's English
 * documents one after another), p50 and p99 over repeated runs after a warm-up, plus the facts check alone.
 */
import { cpus, loadavg } from 'node:os';
import { createOutputChecker } from '../../safety/output/index.js';
import { loadCorpus } from '../../tests/fixtures/documents/corpus.js';
import { longDocument, median, percentile, projectSimplifier, round } from './shared.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 5;

const corpus = loadCorpus().filter((d) => d.lang === 'en');
const text = longDocument(corpus, 5000);
const words = text.split(/\s+/u).filter(Boolean).length;
const simplifier = projectSimplifier(['en']);

const coldStarted = performance.now();
const first = simplifier.simplify(text, { lang: 'en' });
const coldMs = performance.now() - coldStarted;
for (let i = 0; i < WARMUP; i++) simplifier.simplify(text, { lang: 'en' });

// Wall time, and this process's CPU time: on a shared machine the wall time includes waiting for a core.
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  simplifier.simplify(text, { lang: 'en' });
  times.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
}

const checker = createOutputChecker({ lang: 'en' });
const checkTimes: number[] = [];
for (let i = 0; i < 10; i++) {
  const started = performance.now();
  checker.check(text, first.text);
  checkTimes.push(performance.now() - started);
}

const p50 = round(median(times), 1);
const p99 = round(percentile(times, 99), 1);
const load = round(loadavg()[0] ?? 0, 2);
console.log(
  `document: ${words} words, ${text.split('\n').length} lines; facts preserved: ${first.facts.preserved}`,
);
console.log(`first run (builds the term index): ${coldMs.toFixed(1)} ms`);
console.log(`simplify, ${RUNS} runs: p50 ${p50} ms, p99 ${p99} ms, min ${Math.min(...times).toFixed(1)} ms`);
console.log(
  `simplify, CPU time: p50 ${round(median(cpuTimes), 1)} ms, p99 ${round(percentile(cpuTimes, 99), 1)} ms`,
);
console.log(`facts check alone: p50 ${round(median(checkTimes), 1)} ms`);
console.log(`machine load average (1 min): ${load} on ${cpus().length} cores`);
console.log(
  `RESULT ${JSON.stringify({ words, runs: RUNS, p50Ms: p50, p99Ms: p99, cpuP50Ms: round(median(cpuTimes), 1), cpuP99Ms: round(percentile(cpuTimes, 99), 1), coldMs: round(coldMs, 1), checkP50Ms: round(median(checkTimes), 1), loadAverage: load })}`,
);
