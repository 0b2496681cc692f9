import { z } from 'zod';
import type { Lang } from '../../client/shared/languages.js';
import type { CallbackRequestPayload, HandoffState } from '../../client/shared/protocol.js';
import type { StoredMessage } from '../store/types.js';

/**
 * What the patient chat needs from the staff side, as one narrow port: whether a person is in
 * the conversation (the assistant then stays quiet), the "Talk to a person" request, a call-back
 * request, and a copy of every message for the staff who follow the conversation.
 */
export interface PatientHandoff {
  /** True while a staff member is in the conversation. */
  staffInChat(conversationId: string): Promise<boolean>;
  /** Raises a `request` ticket when someone is online; tells the patient what happens next. */
  requestHuman(conversation: { conversationId: string; lang: Lang }): Promise<HandoffState>;
  /** Puts a call-back request in the queue and confirms it to the patient; resolves with the ticket's id. */
  requestCallback(
    conversation: { conversationId: string; lang: Lang },
    request: CallbackRequestPayload,
  ): Promise<string>;
  /** A new line of the conversation (patient, assistant or notice) for staff following it. */
  relay(message: StoredMessage): void;
}

export const CALLBACK_NOTE_MAX_CHARS = 500;

export type CallbackProblem = 'invalid_phone' | 'note_too_long' | 'invalid_message';

const CallbackSchema = z.object({ phone: z.string().max(40), note: z.string().max(4000).optional() });

/** A phone number as people write it: 7 to 15 digits, with spaces, dots, dashes, brackets and a leading + allowed. */
export function parseCallback(
  payload: unknown,
): { ok: true; value: CallbackRequestPayload } | { ok: false; problem: CallbackProblem } {
  const parsed = CallbackSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, problem: 'invalid_message' };
  const phone = parsed.data.phone.trim();
  if (!/^\+?\d{7,15}$/.test(phone.replace(/[\s().-]/g, ''))) return { ok: false, problem: 'invalid_phone' };
  const note = parsed.data.note?.trim();
  if (note !== undefined && [...note].length > CALLBACK_NOTE_MAX_CHARS)
    return { ok: false, problem: 'note_too_long' };
  return { ok: true, value: { phone, ...(note ? { note } : {}) } };
}
