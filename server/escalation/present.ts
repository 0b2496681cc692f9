import type {
  ConversationView,
  StaffMember,
  StaffMessageView,
  TicketDetail,
  TicketView,
} from '../../client/shared/staffProtocol.js';
import type { StaffRef, Ticket } from '../store/staffRecords.js';
import type { Conversation, StoredMessage } from '../store/types.js';

/**
 * Presenters are allow-lists: only the fields named here leave the server. The queue row carries
 * no patient words and no phone number; the detail view (audited) adds notes and the call-back.
 */
const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());

export function presentStaff(ref: StaffRef): StaffMember {
  return { id: ref.id, email: ref.email, name: ref.name, role: ref.role };
}

export function presentTicket(ticket: Ticket): TicketView {
  return {
    id: ticket.id,
    priority: ticket.priority,
    categories: [...ticket.categories],
    lang: ticket.lang,
    createdAt: new Date(ticket.createdAt).toISOString(),
    claimedBy: ticket.assignee?.email ?? null,
    conversationId: ticket.conversationId,
    status: ticket.status,
    kind: ticket.kind,
    waitingSince: new Date(ticket.waitingSince).toISOString(),
    claimedAt: iso(ticket.claimedAt),
    resolvedAt: iso(ticket.resolvedAt),
    assignee: ticket.assignee ? presentStaff(ticket.assignee) : null,
    joined: ticket.joinedAt !== undefined,
    alerts: ticket.alerts,
    supervisorAlerted: ticket.supervisorAlertedAt !== undefined,
    disposition: ticket.disposition ?? null,
    hasCallback: ticket.callback !== undefined,
  };
}

export function presentTicketDetail(ticket: Ticket): TicketDetail {
  return {
    ...presentTicket(ticket),
    notes: ticket.notes.map((note) => ({
      id: note.id,
      author: presentStaff(note.author),
      text: note.text,
      at: new Date(note.at).toISOString(),
    })),
    callback: ticket.callback ? { ...ticket.callback } : null,
    messageId: ticket.messageId ?? null,
  };
}

export function presentMessage(message: StoredMessage): StaffMessageView {
  return {
    id: message.id,
    role: message.role,
    text: message.text,
    createdAt: new Date(message.createdAt).toISOString(),
    ...(message.kind ? { kind: message.kind } : {}),
    ...(message.lang ? { lang: message.lang } : {}),
    ...(message.authorName ? { authorName: message.authorName } : {}),
  };
}

export function presentConversation(conversation: Conversation, messages: StoredMessage[]): ConversationView {
  return {
    id: conversation.id,
    lang: conversation.lang ?? null,
    createdAt: new Date(conversation.createdAt).toISOString(),
    messages: messages.map(presentMessage),
  };
}
