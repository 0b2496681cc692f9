import { createEmbeddedSimplifier } from '../content/simplify/index.js';
import { createRedactor } from '../safety/phi/index.js';
import { createPlainCare, type PlainCare } from './app.js';
import { loadChatEngines, loadLexicons } from './chat/engines.js';
import type { Config } from './config.js';
import type { HealthCheck } from './http/health.js';
import { createSimplifyRouter } from './http/routes/simplify.js';
import type { Translate } from './i18n.js';
import type { Logger } from './logger.js';
import { createSimplifier, factCheckFromLexicons } from './simplify/index.js';
import type { Simplifier } from './simplify/types.js';
import { createStaffModule, type StaffModule } from './staff/module.js';
import type { Store } from './store/types.js';

export interface ComposedPlainCare {
  plaincare: PlainCare;
  staff: StaffModule;
  simplifier: Simplifier;
}

/**
 * The whole product from its parts, as `plaincare serve` runs it: the chat with its engines, the
 * staff side, and the clinician's simplifier behind the clinician routes.
 */
export function composePlainCare(deps: {
  config: Config;
  logger: Logger;
  store: Store;
  t: Translate;
}): ComposedPlainCare {
  const { config, logger, store, t } = deps;
  const lexicons = loadLexicons();
  const staff = createStaffModule({ config, logger, store, t });
  const simplifier = createSimplifier({
    ...(config.model ? { model: config.model } : {}),
    embedded: createEmbeddedSimplifier(lexicons),
    factCheck: factCheckFromLexicons(lexicons),
    redactor: createRedactor(),
    logger,
    clock: () => performance.now(),
  });
  // A model that is down makes the service degraded, not unavailable: the embedded engine answers.
  const modelCheck: HealthCheck[] = config.model
    ? [
        {
          name: 'model',
          critical: false,
          check: () =>
            simplifier.modelState() === 'open'
              ? Promise.reject(new Error('the model failed repeatedly and is paused'))
              : Promise.resolve(),
        },
      ]
    : [];
  const plaincare = createPlainCare({
    config,
    logger,
    store,
    t,
    engines: loadChatEngines(t, { emergency: config.emergencyNumber, crisis: config.crisisLine }, lexicons),
    staff,
    healthChecks: modelCheck,
    mountRoutes: (app) => {
      app.use(createSimplifyRouter({ simplifier, authorize: staff.routeGuard('document.create'), logger }));
    },
  });
  return { plaincare, staff, simplifier };
}
