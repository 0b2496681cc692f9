import { Writable } from 'node:stream';
import { io as connect, type Socket } from 'socket.io-client';
import { createPlainCare, type ChatEngines, type PlainCare, type PlainCareDeps } from '../../server/app.js';
import { loadChatEngines } from '../../server/chat/engines.js';
import type { EscalationRequest, Escalator } from '../../server/chat/escalator.js';
import { loadConfig, type Config } from '../../server/config.js';
import { loadTranslations, type Translate } from '../../server/i18n.js';
import { createLogger } from '../../server/logger.js';
import { projectPath } from '../../server/paths.js';
import { createStaffModule, type StaffModule, type StaffModuleDeps } from '../../server/staff/module.js';
import { createMemoryStore } from '../../server/store/memory/index.js';
import type { Store } from '../../server/store/types.js';
import type { PatientClientToServer, PatientServerToClient } from '../../client/shared/protocol.js';

export type PatientClient = Socket<PatientServerToClient, PatientClientToServer>;

/** Everything the server logged, as text, to prove what is and is not in the logs. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    callback();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

/** Keeps every escalation the chat raises, so a test can see what staff would be told. */
export class RecordingEscalator implements Escalator {
  readonly raised: EscalationRequest[] = [];
  raise(request: EscalationRequest): Promise<void> {
    this.raised.push(request);
    return Promise.resolve();
  }
}

let translations: Translate | undefined;
let engines: ChatEngines | undefined;

/** The real translations and engines, loaded once per test file (they are pure and read-only). */
export async function realEngines(): Promise<{ t: Translate; engines: ChatEngines }> {
  translations ??= await loadTranslations(projectPath('locales'));
  engines ??= loadChatEngines(translations, { emergency: '911', crisis: '988' });
  return { t: translations, engines };
}

export function testConfig(env: NodeJS.ProcessEnv = {}): Config {
  const result = loadConfig({ LOG_LEVEL: 'info', ...env });
  if (!result.ok) throw new Error(`test config: ${result.variable} ${result.problem}`);
  return result.config;
}

export interface TestServer {
  plaincare: PlainCare;
  url: string;
  store: Store;
  logs: LogCapture;
  escalations: RecordingEscalator;
  /** The staff side, when the server was started with `staff`. */
  staff: StaffModule | undefined;
  /** A patient widget's socket on /patient (websocket only, no automatic reconnection). */
  patient(auth?: Record<string, string>, headers?: Record<string, string>): PatientClient;
  close(): Promise<void>;
}

/** Starts the staff side too (queue, accounts, staff API, /staff); `now` is its clock, `consoleDir` its built console. */
export type TestStaffOptions = Pick<StaffModuleDeps, 'now' | 'consoleDir' | 'tickMs' | 'retryMs'>;

export async function startTestServer(
  overrides: Partial<Omit<PlainCareDeps, 'logger' | 'staff'>> & {
    env?: NodeJS.ProcessEnv;
    staff?: TestStaffOptions;
  } = {},
): Promise<TestServer> {
  const { t, engines: loaded } = await realEngines();
  const config = overrides.config ?? testConfig(overrides.env);
  const logs = new LogCapture();
  const logger = createLogger({ level: 'debug', destination: logs });
  const store = overrides.store ?? createMemoryStore({ retentionMs: config.retentionMs, now: Date.now });
  const escalations = new RecordingEscalator();
  const staff = overrides.staff
    ? createStaffModule({ config, logger, store, t, ...overrides.staff })
    : undefined;
  const plaincare = createPlainCare({
    config,
    logger,
    store,
    t,
    engines: overrides.engines ?? loaded,
    // With a staff side, its queue is the escalator; without one, escalations are only recorded.
    ...(overrides.escalator
      ? { escalator: overrides.escalator }
      : staff
        ? { staff }
        : { escalator: escalations }),
    ...(overrides.mountRoutes ? { mountRoutes: overrides.mountRoutes } : {}),
    ...(overrides.healthChecks ? { healthChecks: overrides.healthChecks } : {}),
  });
  const port = await plaincare.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const sockets: PatientClient[] = [];
  return {
    plaincare,
    url,
    store,
    logs,
    escalations,
    staff,
    patient(auth = {}, headers = {}) {
      const socket: PatientClient = connect(`${url}/patient`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        auth,
        extraHeaders: headers,
      });
      sockets.push(socket);
      return socket;
    },
    async close() {
      for (const socket of sockets) socket.close();
      await plaincare.close();
    },
  };
}

/** Resolves with the first `event` payload the socket receives (rejects after `ms`). */
export function nextEvent<T>(socket: Socket, event: string, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${event}" event within ${ms} ms`)), ms);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}
