import { randomUUID } from 'node:crypto';
import type { Lang } from '../../client/shared/languages.js';
import type { HandoffState, Reply } from '../../client/shared/protocol.js';
import { conversationRoom, type PatientNamespace } from '../chat/patientChat.js';
import { direction } from '../chat/replies.js';
import { presentMessage } from '../escalation/present.js';
import type { Translate } from '../i18n.js';
import type { Logger } from '../logger.js';
import type { StaffRef } from '../store/staffRecords.js';
import type { Clock, Store, StoredMessage } from '../store/types.js';
import { staffRooms } from './rooms.js';
import type { StaffNamespace } from './types.js';

export interface CallNumbers {
  emergency: string;
  hospital?: string;
}

/**
 * Everything the staff side says into a patient's conversation: notices ("A nurse has joined"),
 * staff messages, typing and the handoff state. Notices and staff messages are stored, so a
 * reconnecting widget and a staff member opening the history see them too; every line is also
 * copied to the consoles following the conversation.
 */
export interface PatientSide {
  langOf(conversationId: string, fallback: Lang): Promise<Lang>;
  notice(conversationId: string, lang: Lang, key: string): Promise<void>;
  handoff(conversationId: string, state: HandoffState, staffName?: string): void;
  staffMessage(conversationId: string, lang: Lang, author: StaffRef, text: string): Promise<StoredMessage>;
  typing(conversationId: string, typing: boolean): void;
  relay(message: StoredMessage): void;
}

export function createPatientSide(deps: {
  patients: PatientNamespace;
  staff: StaffNamespace;
  store: Store;
  t: Translate;
  now: Clock;
  logger: Logger;
  numbers: CallNumbers;
}): PatientSide {
  const { patients, staff, store, t, now, logger, numbers } = deps;

  const relay = (message: StoredMessage) => {
    staff.to(staffRooms.watching(message.conversationId)).emit('conversation:message', {
      conversationId: message.conversationId,
      message: presentMessage(message),
    });
  };

  /** Sends a line to the patient at once, then stores it; a store failure does not hold the patient up. */
  const say = async (message: StoredMessage, reply: Reply): Promise<StoredMessage> => {
    patients.to(conversationRoom(message.conversationId)).emit('reply', reply);
    relay(message);
    try {
      // The store stamps its own time; the one sent to the patient stays in the reply.
      await store.conversations.append(message);
    } catch (error) {
      logger.error(
        { conversationId: message.conversationId, err: { message: String(error) } },
        'conversation line not stored',
      );
    }
    return message;
  };

  return {
    async langOf(conversationId, fallback) {
      try {
        return (await store.conversations.get(conversationId))?.lang ?? fallback;
      } catch {
        return fallback;
      }
    },

    async notice(conversationId, lang, key) {
      const createdAt = now();
      const text = t(lang, key, {
        emergency: numbers.emergency,
        hospital: numbers.hospital ?? numbers.emergency,
      });
      const id = randomUUID();
      await say(
        { id, conversationId, role: 'system', kind: 'notice', text, lang, createdAt },
        {
          id,
          kind: 'notice',
          text,
          lang,
          dir: direction(lang),
          createdAt: new Date(createdAt).toISOString(),
        },
      );
    },

    handoff(conversationId, state, staffName) {
      patients.to(conversationRoom(conversationId)).emit('handoff', {
        state,
        callNumbers: {
          emergency: numbers.emergency,
          ...(numbers.hospital ? { hospital: numbers.hospital } : {}),
        },
        ...(staffName ? { staffName } : {}),
      });
    },

    staffMessage(conversationId, lang, author, text) {
      const createdAt = now();
      const id = randomUUID();
      return say(
        {
          id,
          conversationId,
          role: 'staff',
          kind: 'staff',
          text,
          lang,
          createdAt,
          authorId: author.id,
          authorName: author.name,
        },
        {
          id,
          kind: 'staff',
          text,
          lang,
          dir: direction(lang),
          createdAt: new Date(createdAt).toISOString(),
          author: author.name,
        },
      );
    },

    typing(conversationId, typing) {
      patients.to(conversationRoom(conversationId)).emit('typing', { typing });
    },

    relay,
  };
}
