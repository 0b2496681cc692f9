import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { requestId } from './requestId.js';

export const JSON_BODY_LIMIT = '512kb';

export interface HttpAppOptions {
  config: Config;
  logger: Logger;
  /** Adds the routes between the common middleware and the error handlers. */
  mountRoutes: (app: Express) => void;
}

/** Long path segments are share tokens or conversation secrets: they must not reach the logs. */
function loggablePath(url: string | undefined): string {
  const path = (url ?? '').split('?')[0] ?? '';
  return path.replace(/[A-Za-z0-9_-]{20,}/g, ':token');
}

const QUIET_PATHS = new Set(['/healthz', '/readyz']);

export function createHttpApp({ config, logger, mountRoutes }: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const behindTls = config.publicUrl?.startsWith('https://') ?? false;

  app.use(
    pinoHttp({
      logger,
      genReqId: requestId,
      autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has(loggablePath(req.url)) },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: loggablePath(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          mediaSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
          upgradeInsecureRequests: behindTls ? [] : null,
        },
      },
      strictTransportSecurity: behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    }),
  );
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  mountRoutes(app);
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
