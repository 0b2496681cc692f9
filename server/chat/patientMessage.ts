import { z } from 'zod';
import { toLang, type Lang } from '../../client/shared/languages.js';
import { MAX_MESSAGE_CHARS } from '../../client/shared/protocol.js';

export type MessageProblem = 'invalid_message' | 'empty_message' | 'message_too_long';

export interface PatientMessage {
  text: string;
  lang?: Lang;
  clientMsgId: string;
}

const Payload = z.object({
  text: z.string(),
  // A browser tag such as "es-MX" is reduced to one of our languages; one we do not speak is ignored.
  lang: z.string().max(35).optional(),
  clientMsgId: z.string().min(1).max(100),
});

/** Characters as people count them: an emoji is one, not two UTF-16 units. */
function characterCount(text: string): number {
  return Array.from(text).length;
}

export function parsePatientMessage(
  payload: unknown,
): { ok: true; message: PatientMessage } | { ok: false; problem: MessageProblem } {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) return { ok: false, problem: 'invalid_message' };
  const { text, clientMsgId } = parsed.data;
  if (text.trim().length === 0) return { ok: false, problem: 'empty_message' };
  if (characterCount(text) > MAX_MESSAGE_CHARS) return { ok: false, problem: 'message_too_long' };
  const lang = toLang(parsed.data.lang);
  return { ok: true, message: { text, clientMsgId, ...(lang ? { lang } : {}) } };
}
