import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { Server as SocketServer } from 'socket.io';
import { MAX_MESSAGE_CHARS } from '../client/shared/protocol.js';
import { attachPatientChat, type PatientNamespace } from './chat/patientChat.js';
import { createLogEscalator, type Escalator } from './chat/escalator.js';
import { createPipeline, type Pipeline } from './chat/pipeline.js';
import type { Answerer, OutputCheckPort, RedactorPort, ScreenerPort } from './chat/ports.js';
import { answerStage } from './chat/stages/answer.js';
import { checkStage } from './chat/stages/check.js';
import { handoffStage } from './chat/stages/handoff.js';
import { redactStage } from './chat/stages/redact.js';
import { restoreStage } from './chat/stages/restore.js';
import { screenStage } from './chat/stages/screen.js';
import type { Config } from './config.js';
import { createHttpApp } from './http/app.js';
import { createHealthRouter, type HealthCheck } from './http/health.js';
import { createWidgetRouter } from './http/routes/widget.js';
import type { Translate } from './i18n.js';
import type { Logger } from './logger.js';
import { typedNamespace } from './realtime/namespaces.js';
import { originAllowed } from './realtime/origin.js';
import type { StaffModule } from './staff/module.js';
import type { Store } from './store/types.js';

/** The guardrails and answer engines the chat runs on, built once at start (see chat/engines.ts). */
export interface ChatEngines {
  screener: ScreenerPort;
  redactor: RedactorPort;
  checkOutput: OutputCheckPort;
  answerer: Answerer;
}

export interface PlainCareDeps {
  config: Config;
  logger: Logger;
  store: Store;
  t: Translate;
  engines: ChatEngines;
  now?: () => number;
  /** Replaced by the staff queue where one runs; the default only logs. */
  escalator?: Escalator;
  /** Extra routes (staff API, documents, widget) mounted before the 404 handler. */
  mountRoutes?: (app: Express) => void;
  /** Extra checks for /readyz besides the store. */
  healthChecks?: HealthCheck[];
  /** The staff side (queue, accounts, staff API and console, /staff namespace); see server/staff/module.ts. */
  staff?: StaffModule;
}

export interface PlainCare {
  app: Express;
  http: HttpServer;
  io: SocketServer;
  patients: PatientNamespace;
  pipeline: Pipeline;
  /** Starts listening; resolves with the port (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, disconnects sockets, closes the store. */
  close(): Promise<void>;
}

/** A chat message is at most 2,000 characters: a few KB on the wire, never megabytes. */
const MAX_SOCKET_PAYLOAD_BYTES = MAX_MESSAGE_CHARS * 4 + 4096;
const RECOVERY_WINDOW_MS = 2 * 60 * 1000;

export function buildPipeline(deps: {
  engines: ChatEngines;
  t: Translate;
  config: Config;
  now: () => number;
  /** Whether staff are in a conversation (the assistant then stays quiet); absent without a staff side. */
  staffInChat?: (conversationId: string) => Promise<boolean>;
}): Pipeline {
  const { engines, t, config } = deps;
  return createPipeline(
    [
      screenStage({
        screener: engines.screener,
        t,
        numbers: {
          emergency: config.emergencyNumber,
          crisis: config.crisisLine,
          ...(config.hospitalPhone ? { hospital: config.hospitalPhone } : {}),
        },
      }),
      handoffStage({ t, ...(deps.staffInChat ? { staffInChat: deps.staffInChat } : {}) }),
      redactStage(engines.redactor),
      answerStage(engines.answerer),
      checkStage({ checkOutput: engines.checkOutput, t }),
      restoreStage(engines.redactor),
    ],
    deps.now,
  );
}

export function createPlainCare(deps: PlainCareDeps): PlainCare {
  const { config, logger, store, t } = deps;
  const now = deps.now ?? Date.now;
  const staff = deps.staff;
  const pipeline = buildPipeline({
    engines: deps.engines,
    t,
    config,
    now: () => performance.now(),
    ...(staff ? { staffInChat: (id: string) => staff.handoff.staffInChat(id) } : {}),
  });

  const app = createHttpApp({
    config,
    logger,
    mountRoutes: (express) => {
      express.use(
        createHealthRouter([
          { name: 'store', critical: true, check: () => store.ping() },
          ...(deps.healthChecks ?? []),
          ...(staff?.healthChecks ?? []),
        ]),
      );
      staff?.mountRoutes(express);
      deps.mountRoutes?.(express);
      express.use(createWidgetRouter({ config }));
    },
  });
  const http = createServer(app);
  const publicOrigin = config.publicUrl ? new URL(config.publicUrl).origin : undefined;
  const policy = { allowed: config.allowedOrigins ?? [], ...(publicOrigin ? { publicOrigin } : {}) };
  const io = new SocketServer(http, {
    maxHttpBufferSize: MAX_SOCKET_PAYLOAD_BYTES,
    connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: true },
    allowRequest: (req, callback) => {
      const allowed = originAllowed(req, policy);
      if (!allowed) logger.warn({ origin: req.headers.origin }, 'socket refused: origin not allowed');
      callback(allowed ? null : 'origin not allowed', allowed);
    },
    cors: config.allowedOrigins
      ? { origin: config.allowedOrigins.includes('*') ? true : config.allowedOrigins }
      : {},
  });

  const patients = typedNamespace<PatientNamespace>(io, '/patient');
  attachPatientChat(patients, {
    store,
    pipeline,
    escalator: deps.escalator ?? staff?.escalator ?? createLogEscalator(logger),
    logger,
    t,
    now,
    emergencyNumber: config.emergencyNumber,
    ...(staff ? { handoff: staff.handoff } : {}),
  });
  staff?.attach({ io, patients });

  let closing: Promise<void> | undefined;
  return {
    app,
    http,
    io,
    patients,
    pipeline,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          resolve((http.address() as AddressInfo).port);
        });
      }),
    close: () => {
      closing ??= (async () => {
        // io.close() disconnects every socket and closes the HTTP server it is attached to.
        await new Promise<void>((resolve) => {
          void io.close(() => resolve());
        });
        http.closeAllConnections();
        await staff?.close();
        await store.close();
      })();
      return closing;
    },
  };
}
