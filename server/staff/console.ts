import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { AppError } from '../http/errors.js';

/**
 * Serves the built staff console (vite, client/staff → dist/client/staff) at /staff/, and its page
 * for first-start setup links at /setup/<token>. Hashed assets are cached for a year; the page
 * itself is revalidated every time so a new build shows at once.
 */
export function consoleRouter(distDir: string): Router {
  const router = Router();
  const indexFile = join(distDir, 'index.html');
  const sendPage: express.RequestHandler = (_req, res, next) => {
    if (!existsSync(indexFile)) {
      next(
        new AppError(
          503,
          'console_not_built',
          'The staff console is not built. Run: npx vite build --config client/staff/vite.config.ts',
        ),
      );
      return;
    }
    res.set('Cache-Control', 'no-cache');
    res.set('Referrer-Policy', 'no-referrer');
    res.sendFile(indexFile);
  };
  router.use(
    '/staff/assets',
    express.static(join(distDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: true,
    }),
  );
  router.get(['/staff', '/staff/{*page}'], (req, res, next) => {
    // Routing ignores a trailing slash; the page's relative URLs do not, so /staff becomes /staff/.
    if (req.path === '/staff') {
      res.redirect(301, '/staff/');
      return;
    }
    sendPage(req, res, next);
  });
  // A setup link carries a secret in its path: the page sends no Referer anywhere.
  router.get('/setup/:token', sendPage);
  return router;
}
