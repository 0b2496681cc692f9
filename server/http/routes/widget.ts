import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Response } from 'express';
import { isLang } from '../../../client/shared/languages.js';
import type { Config } from '../../config.js';
import { projectPath } from '../../paths.js';
import { errors } from '../errors.js';

/**
 * The patient widget's public face:
 *   GET /widget.js          the script a hospital embeds (any site may load it; framing is what is checked)
 *   GET /widget/frame       the chat frame; only our own pages and ALLOWED_ORIGINS may frame it
 *   GET /widget/assets/*    the frame's hashed scripts and styles
 *   GET /demo[?lang=xx]     a fake hospital page with the widget embedded
 *   GET /                   what PlainCare is, with links to the demo and the staff console
 * Files come from the build (`dist/client/widget`, `dist/client/demo`); without a build these routes say so.
 */

export interface WidgetRouterOptions {
  config: Config;
  /** The built widget (default dist/client/widget). */
  widgetDir?: string;
  /** The built demo and landing pages (default dist/client/demo). */
  demoDir?: string;
}

const NOT_BUILT = 'The patient widget is not built yet. Run `npm run build`, then reload.';
const ONE_YEAR_S = 31_536_000;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A built file, read again only when a new build replaced it (a build changes the frame's asset names);
 * a missing build is looked for again on the next request.
 */
function builtFile(path: string): () => string | undefined {
  let cached: { mtimeMs: number; text: string } | undefined;
  return () => {
    try {
      const { mtimeMs } = statSync(path);
      if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, text: readFileSync(path, 'utf8') };
      return cached.text;
    } catch {
      cached = undefined;
      return undefined;
    }
  };
}

/** Who may put the chat frame in their page: ourselves, PUBLIC_URL and the hospital sites in ALLOWED_ORIGINS. */
export function frameAncestors(config: Pick<Config, 'allowedOrigins' | 'publicUrl'>): string {
  const allowed = config.allowedOrigins ?? [];
  if (allowed.includes('*')) return '*';
  const sources = new Set(["'self'", ...allowed]);
  if (config.publicUrl) sources.add(new URL(config.publicUrl).origin);
  return [...sources].join(' ');
}

/** The common CSP with the frame's own frame-ancestors; every other directive stays as strict. */
function withFrameAncestors(csp: string, ancestors: string): string {
  const directives = csp
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive.length > 0 && !directive.startsWith('frame-ancestors'));
  return [...directives, `frame-ancestors ${ancestors}`].join(';');
}

/** The configuration the frame shows the patient (numbers to call, how long chats are kept), as attributes. */
export function renderFrame(template: string, config: Config): string {
  const attributes: Record<string, string | undefined> = {
    'data-emergency': config.emergencyNumber,
    'data-crisis': config.crisisLine,
    'data-hospital': config.hospitalPhone,
    'data-retention-days': String(config.retentionDays),
  };
  const rendered = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return template.replace(/<html\b/i, (tag) => `${tag}${rendered}`);
}

export function renderDemo(template: string, lang: unknown): string {
  const chosen = isLang(lang) ? lang : 'auto';
  return template.replace('data-lang="auto"', `data-lang="${chosen}"`);
}

function crossOriginReadable(res: Response): void {
  // widget.js runs on hospital sites: the default same-origin resource policy would block it there.
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}

export function createWidgetRouter(options: WidgetRouterOptions): Router {
  const { config } = options;
  const widgetDir = options.widgetDir ?? projectPath('dist', 'client', 'widget');
  const demoDir = options.demoDir ?? projectPath('dist', 'client', 'demo');
  const loader = builtFile(join(widgetDir, 'widget.js'));
  const frame = builtFile(join(widgetDir, 'frame.html'));
  const demo = builtFile(join(demoDir, 'index.html'));
  const landing = builtFile(join(demoDir, 'landing.html'));
  const ancestors = frameAncestors(config);
  const router = Router();

  router.get('/widget.js', (_req, res, next) => {
    const body = loader();
    if (body === undefined) return next(errors.unavailable(NOT_BUILT));
    crossOriginReadable(res);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('text/javascript; charset=utf-8').send(body);
  });

  router.get('/widget/frame', (_req, res, next) => {
    const template = frame();
    if (template === undefined) return next(errors.unavailable(NOT_BUILT));
    const csp = res.getHeader('Content-Security-Policy');
    if (typeof csp === 'string') res.setHeader('Content-Security-Policy', withFrameAncestors(csp, ancestors));
    // frame-ancestors decides who may frame it; the older header would say "same origin only" to everyone.
    res.removeHeader('X-Frame-Options');
    // A hospital page that isolates itself (COEP require-corp) may still embed the frame.
    crossOriginReadable(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(renderFrame(template, config));
  });

  router.use(
    '/widget/assets',
    express.static(join(widgetDir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: ONE_YEAR_S * 1000,
      setHeaders: crossOriginReadable,
    }),
  );

  router.get('/demo', (req, res, next) => {
    const template = demo();
    if (template === undefined) return next(errors.unavailable(NOT_BUILT));
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(renderDemo(template, req.query.lang));
  });
  router.use('/demo', express.static(demoDir, { index: false, maxAge: 5 * 60 * 1000 }));

  router.get('/', (_req, res, next) => {
    const page = landing();
    if (page === undefined) return next(errors.unavailable(NOT_BUILT));
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page);
  });

  return router;
}
