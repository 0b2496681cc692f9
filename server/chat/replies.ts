import { randomUUID } from 'node:crypto';
import { RIGHT_TO_LEFT, type Lang } from '../../client/shared/languages.js';
import type { HistoryMessage, Reply } from '../../client/shared/protocol.js';
import type { StoredMessage } from '../store/types.js';
import type { TurnReply } from './pipeline.js';

export function direction(lang: Lang | undefined): 'ltr' | 'rtl' {
  return lang && RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
}

export function toReply(turn: TurnReply, inReplyTo: string, createdAt: number): Reply {
  return {
    id: randomUUID(),
    inReplyTo,
    kind: turn.outcome,
    text: turn.text,
    lang: turn.lang,
    dir: direction(turn.lang),
    createdAt: new Date(createdAt).toISOString(),
    ...(turn.engine ? { engine: turn.engine } : {}),
    ...(turn.sources.length > 0 ? { sources: turn.sources } : {}),
    ...(turn.callNumbers ? { callNumbers: turn.callNumbers } : {}),
  };
}

export function toHistory(message: StoredMessage): HistoryMessage {
  return {
    id: message.id,
    role: message.role,
    text: message.text,
    createdAt: new Date(message.createdAt).toISOString(),
    ...(message.kind ? { kind: message.kind } : {}),
    ...(message.lang ? { lang: message.lang } : {}),
    ...(message.clientMsgId ? { clientMsgId: message.clientMsgId } : {}),
    ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
    ...(message.authorName ? { author: message.authorName } : {}),
  };
}

/**
 * Splits a complete reply into the pieces streamed as `reply:delta`: paragraph by paragraph, the
 * unit an answer is composed in, so the widget shows it growing without one packet per sentence
 * (each packet is kept for connection-state recovery).
 */
export function streamPieces(text: string): string[] {
  const pieces = text.match(/[^]*?(?:\n\s*\n\s*|$)/g)?.filter((piece) => piece.length > 0) ?? [];
  // Whatever odd shape the text has, nothing may be lost.
  return pieces.join('') === text ? pieces : [text];
}
