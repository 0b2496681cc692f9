import { z } from 'zod';
import { LANGUAGES, type Lang } from '../../../client/shared/languages.js';
import {
  HISTORY_LIMIT,
  type AppendResult,
  type Conversation,
  type ConversationStore,
  type NewConversation,
  type NewMessage,
  type StoreOptions,
  type StoredMessage,
} from '../types.js';
import type { RedisClient } from './client.js';

const StoredMessageSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  role: z.enum(['patient', 'assistant', 'staff', 'system']),
  text: z.string(),
  createdAt: z.number(),
  kind: z
    .enum(['answered', 'no_answer', 'handoff', 'emergency', 'urgent', 'blocked', 'staff', 'notice'])
    .optional(),
  lang: z.enum(LANGUAGES).optional(),
  clientMsgId: z.string().optional(),
  inReplyTo: z.string().optional(),
  authorId: z.string().optional(),
  authorName: z.string().optional(),
});

const ConversationHashSchema = z.object({
  secretHash: z.string(),
  lang: z.enum(LANGUAGES).optional(),
  createdAt: z.coerce.number(),
  updatedAt: z.coerce.number(),
});

function parseMessage(json: string): StoredMessage {
  return StoredMessageSchema.parse(JSON.parse(json));
}

/**
 * Layout: `conv:{id}` hash (metadata), `conv:{id}:msgs` list (JSON messages, oldest first),
 * `conv:{id}:cmid` hash (clientMsgId → message, for idempotent retries). All three expire together.
 */
export class RedisConversationStore implements ConversationStore {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
    private readonly options: StoreOptions,
  ) {}

  private keys(id: string) {
    const base = `${this.prefix}conv:${id}`;
    return { meta: base, messages: `${base}:msgs`, clientIds: `${base}:cmid` };
  }

  async create(input: NewConversation): Promise<Conversation> {
    const now = this.options.now();
    const conversation: Conversation = { ...input, createdAt: now, updatedAt: now };
    const keys = this.keys(input.id);
    const fields: Record<string, string> = {
      secretHash: input.secretHash,
      createdAt: String(now),
      updatedAt: String(now),
    };
    if (input.lang) fields.lang = input.lang;
    await this.client.multi().hSet(keys.meta, fields).pExpire(keys.meta, this.options.retentionMs).exec();
    return conversation;
  }

  async get(id: string): Promise<Conversation | undefined> {
    const hash = await this.client.hGetAll(this.keys(id).meta);
    if (Object.keys(hash).length === 0) return undefined;
    const parsed = ConversationHashSchema.parse(hash);
    return { id, ...parsed };
  }

  async setLang(id: string, lang: Lang): Promise<void> {
    const key = this.keys(id).meta;
    // HSET on a missing key would create a conversation without a secret; only update a live one.
    if ((await this.client.exists(key)) === 1) await this.client.hSet(key, 'lang', lang);
  }

  async append(input: NewMessage): Promise<AppendResult> {
    const keys = this.keys(input.conversationId);
    if ((await this.client.exists(keys.meta)) === 0) {
      throw new Error(`conversation ${input.conversationId} does not exist`);
    }
    const now = this.options.now();
    const message: StoredMessage = { ...input, createdAt: now };
    const json = JSON.stringify(message);
    if (input.role === 'patient' && input.clientMsgId !== undefined) {
      const claimed = await this.client.hSetNX(keys.clientIds, input.clientMsgId, json);
      if (claimed === 0) {
        const existing = await this.client.hGet(keys.clientIds, input.clientMsgId);
        if (existing) return { stored: false, existing: parseMessage(existing) };
      }
    }
    const ttl = this.options.retentionMs;
    await this.client
      .multi()
      .rPush(keys.messages, json)
      .hSet(keys.meta, 'updatedAt', String(now))
      .pExpire(keys.meta, ttl)
      .pExpire(keys.messages, ttl)
      .pExpire(keys.clientIds, ttl)
      .exec();
    return { stored: true, message };
  }

  async messages(id: string, limit = HISTORY_LIMIT): Promise<StoredMessage[]> {
    const list = await this.client.lRange(this.keys(id).messages, -limit, -1);
    return list.map(parseMessage);
  }

  async delete(id: string): Promise<void> {
    const keys = this.keys(id);
    await this.client.unlink([keys.meta, keys.messages, keys.clientIds]);
  }
}
