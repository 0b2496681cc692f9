import type { Lang } from '../../../client/shared/languages.js';
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
import { ExpiringMap } from './expiringMap.js';

interface ConversationState {
  conversation: Conversation;
  messages: StoredMessage[];
  byClientMsgId: Map<string, StoredMessage>;
}

export class MemoryConversationStore implements ConversationStore {
  private readonly states: ExpiringMap<ConversationState>;

  constructor(private readonly options: StoreOptions) {
    this.states = new ExpiringMap(options.now);
  }

  create(input: NewConversation): Promise<Conversation> {
    const now = this.options.now();
    const conversation: Conversation = { ...input, createdAt: now, updatedAt: now };
    this.states.set(
      input.id,
      { conversation, messages: [], byClientMsgId: new Map() },
      this.options.retentionMs,
    );
    return Promise.resolve({ ...conversation });
  }

  get(id: string): Promise<Conversation | undefined> {
    const state = this.states.get(id);
    return Promise.resolve(state ? { ...state.conversation } : undefined);
  }

  setLang(id: string, lang: Lang): Promise<void> {
    const state = this.states.get(id);
    if (state) state.conversation.lang = lang;
    return Promise.resolve();
  }

  append(input: NewMessage): Promise<AppendResult> {
    const state = this.states.get(input.conversationId);
    if (!state) return Promise.reject(new Error(`conversation ${input.conversationId} does not exist`));
    if (input.role === 'patient' && input.clientMsgId !== undefined) {
      const existing = state.byClientMsgId.get(input.clientMsgId);
      if (existing) return Promise.resolve({ stored: false, existing: { ...existing } });
    }
    const now = this.options.now();
    const message: StoredMessage = { ...input, createdAt: now };
    state.messages.push(message);
    if (input.role === 'patient' && input.clientMsgId !== undefined) {
      state.byClientMsgId.set(input.clientMsgId, message);
    }
    state.conversation.updatedAt = now;
    this.states.touch(input.conversationId, this.options.retentionMs);
    return Promise.resolve({ stored: true, message: { ...message } });
  }

  messages(id: string, limit = HISTORY_LIMIT): Promise<StoredMessage[]> {
    const state = this.states.get(id);
    return Promise.resolve(state ? state.messages.slice(-limit).map((m) => ({ ...m })) : []);
  }

  delete(id: string): Promise<void> {
    this.states.delete(id);
    return Promise.resolve();
  }

  sweep(): void {
    this.states.sweep();
  }
}
