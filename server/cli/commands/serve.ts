import { composePlainCare } from '../../compose.js';
import { loadTranslations } from '../../i18n.js';
import { projectPath } from '../../paths.js';
import { configOrExit, loggerFor, storeOpenError } from '../../runtime.js';
import { openStore } from '../../store/index.js';
import { EXIT_FAILED, EXIT_OK, writeLine, type Command } from '../command.js';

/** Shutdown must finish within this, or the process exits anyway (orchestrators kill at 10–30 s). */
const SHUTDOWN_DEADLINE_MS = 9_000;

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve',
  summary: 'Runs the PlainCare server (what `npm start` runs). Configuration comes from the environment.',
  async run(_args, io) {
    const parsed = configOrExit(io.env, io.stderr);
    if (!parsed.ok) return parsed.code;
    const { config } = parsed;
    const logger = loggerFor(config);

    let store;
    try {
      store = await openStore({
        redisUrl: config.redisUrl,
        prefix: config.redisPrefix,
        retentionMs: config.retentionMs,
        now: Date.now,
        logger,
      });
    } catch (error) {
      writeLine(io.stderr, storeOpenError(config, error));
      return EXIT_FAILED;
    }
    const t = await loadTranslations(projectPath('locales'));
    const { plaincare, staff } = composePlainCare({ config, logger, store, t });
    let port: number;
    try {
      port = await plaincare.listen(config.port, config.host);
    } catch (error) {
      writeLine(io.stderr, `plaincare: could not listen on port ${config.port}: ${String(error)}`);
      await store.close();
      return EXIT_FAILED;
    }
    logger.info(
      { port, store: store.kind, engine: config.model ? 'llm' : 'embedded' },
      `PlainCare is running at http://localhost:${port}`,
    );
    // Service-level timers, and the one-time setup link when no admin exists yet.
    await staff.start({ baseUrl: `http://localhost:${port}` }).catch((error: unknown) => {
      logger.error(
        { err: { message: String(error) } },
        'staff side did not start fully; tickets are still raised',
      );
    });

    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting anyway');
      process.exit(EXIT_FAILED);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    await plaincare.close();
    clearTimeout(deadline);
    logger.info('stopped');
    return EXIT_OK;
  },
};
