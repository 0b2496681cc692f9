import type { Lang } from '../../client/shared/languages.js';
import type { Logger } from '../logger.js';
import type { EscalationPriority } from './pipeline.js';

export interface EscalationRequest {
  conversationId: string;
  messageId: string;
  priority: EscalationPriority;
  categories: string[];
  lang: Lang;
}

/** Where the chat hands a conversation to staff. The escalation queue implements it. */
export interface Escalator {
  raise(request: EscalationRequest): Promise<void>;
}

/** Records escalations in the log only: used where no staff queue runs (the `ask` CLI). */
export function createLogEscalator(logger: Logger): Escalator {
  return {
    raise(request) {
      logger.warn(
        {
          conversationId: request.conversationId,
          messageId: request.messageId,
          priority: request.priority,
          categories: request.categories,
        },
        'escalation raised',
      );
      return Promise.resolve();
    },
  };
}
