import { isLang, LANGUAGES } from '../../../client/shared/languages.js';
import { buildPipeline } from '../../app.js';
import { loadChatEngines } from '../../chat/engines.js';
import { loadTranslations } from '../../i18n.js';
import { projectPath } from '../../paths.js';
import { configOrExit } from '../../runtime.js';
import { EXIT_OK, EXIT_USAGE, parseCommandLine, writeLine, type Command } from '../command.js';

const USAGE = 'ask [--lang L] [--json] "question"';

/**
 * Answers one patient question through the chat's own pipeline, with no server and no store, so
 * staff and evaluations see exactly what a patient would get.
 */
export const askCommand: Command = {
  name: 'ask',
  usage: USAGE,
  summary: 'Answers one patient question through the chat pipeline, as a patient would get it.',
  async run(args, io) {
    const parsed = parseCommandLine(
      {
        args,
        allowPositionals: true,
        options: { lang: { type: 'string' }, json: { type: 'boolean', default: false } },
      },
      askCommand,
      io,
    );
    if (!parsed) return EXIT_USAGE;
    const question = parsed.positionals.join(' ').trim();
    if (question.length === 0) {
      writeLine(io.stderr, `plaincare ask: give the question in quotes. Usage: plaincare ${USAGE}`);
      return EXIT_USAGE;
    }
    const lang = parsed.values.lang;
    if (lang !== undefined && !isLang(lang)) {
      writeLine(io.stderr, `plaincare ask: --lang must be one of ${LANGUAGES.join(', ')}`);
      return EXIT_USAGE;
    }
    const config = configOrExit(io.env, io.stderr);
    if (!config.ok) return config.code;

    const t = await loadTranslations(projectPath('locales'));
    const pipeline = buildPipeline({
      engines: loadChatEngines(t, {
        emergency: config.config.emergencyNumber,
        crisis: config.config.crisisLine,
      }),
      t,
      config: config.config,
      now: () => performance.now(),
    });
    const { reply } = await pipeline.run({
      conversationId: 'cli',
      messageId: 'cli',
      text: question,
      ...(lang !== undefined ? { lang } : {}),
    });
    if (parsed.values.json) {
      writeLine(
        io.stdout,
        JSON.stringify({
          outcome: reply.outcome,
          text: reply.text,
          lang: reply.lang,
          engine: reply.engine ?? 'embedded',
          sources: reply.sources,
        }),
      );
    } else {
      writeLine(io.stdout, reply.text);
    }
    return EXIT_OK;
  },
};
