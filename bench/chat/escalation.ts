/**
 * How fast a red flag reaches people: from a patient's message to the emergency guidance on the
 * patient's screen, and to the new ticket on every connected staff console. Runs the real server
 * (memory store, or Redis when REDIS_URL is set) with real socket.io clients on loopback.
 *   npm run bench:chat          (RUNS=100 to change the number of red flags)
 * Ends with `RESULT {json}`.
 */
import type { Ack, ConversationEvent, Reply } from '../../client/shared/protocol.js';
import { connectRedis } from '../../server/store/redis/client.js';
import { createRedisStore } from '../../server/store/redis/index.js';
import { deleteByPrefix } from '../../server/store/redis/client.js';
import type { Store } from '../../server/store/types.js';
import { createMemoryStore } from '../../server/store/memory/index.js';
import { nextEvent, startTestServer, type PatientClient } from '../../tests/support/server.js';
import { addStaff, StaffBrowser, type StaffClient } from '../../tests/support/staff.js';

const RUNS = Number(process.env.RUNS ?? 100);
const CONSOLES = 2;
const MESSAGE = 'I took all my pills an hour ago and I feel strange';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 100) / 100;
}

async function openStore(): Promise<{ store: Store; kind: string; cleanup: () => Promise<void> }> {
  const url = process.env.REDIS_URL;
  if (!url) {
    return {
      store: createMemoryStore({ retentionMs: 3_600_000, now: Date.now }),
      kind: 'memory',
      cleanup: async () => {},
    };
  }
  const client = await connectRedis({ url, onError: () => undefined });
  const prefix = `plaincare-bench:${process.pid}:`;
  const cleaner = await connectRedis({ url, onError: () => undefined });
  return {
    store: createRedisStore({ client, prefix, retentionMs: 3_600_000, now: Date.now }),
    kind: 'redis',
    cleanup: async () => {
      await deleteByPrefix(cleaner, prefix);
      cleaner.destroy();
    },
  };
}

const { store, kind, cleanup } = await openStore();
const server = await startTestServer({ store, staff: {} });
const consoles: StaffClient[] = [];
for (let i = 0; i < CONSOLES; i += 1) {
  const user = await addStaff(store, 'agent');
  const browser = new StaffBrowser(server.url);
  await browser.login(user.email);
  consoles.push(await browser.socket());
}

const toGuidance: number[] = [];
const toEveryConsole: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const patient: PatientClient = server.patient();
  await nextEvent<ConversationEvent>(patient, 'conversation');
  const started = performance.now();
  const tickets = consoles.map(
    (socket) =>
      new Promise<number>((resolve) => {
        socket.once('ticket:created', () => resolve(performance.now() - started));
      }),
  );
  const guidance = nextEvent<Reply>(patient, 'reply').then(() => performance.now() - started);
  patient.emit('message', { text: MESSAGE, clientMsgId: `bench-${run}` }, (_ack: Ack) => undefined);
  toGuidance.push(await guidance);
  toEveryConsole.push(Math.max(...(await Promise.all(tickets))));
  patient.close();
}

const result = {
  store: kind,
  runs: RUNS,
  consoles: CONSOLES,
  guidanceP50Ms: percentile(toGuidance, 0.5),
  guidanceP99Ms: percentile(toGuidance, 0.99),
  ticketOnEveryConsoleP50Ms: percentile(toEveryConsole, 0.5),
  ticketOnEveryConsoleP99Ms: percentile(toEveryConsole, 0.99),
};
console.log(
  `red flag → emergency guidance on the patient's screen: p50 ${result.guidanceP50Ms} ms, p99 ${result.guidanceP99Ms} ms`,
);
console.log(
  `red flag → ticket on all ${CONSOLES} staff consoles:        p50 ${result.ticketOnEveryConsoleP50Ms} ms, p99 ${result.ticketOnEveryConsoleP99Ms} ms`,
);
console.log(`RESULT ${JSON.stringify(result)}`);
for (const socket of consoles) socket.close();
await server.close();
await cleanup();
process.exit(0);
