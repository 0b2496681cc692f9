import type { Ticket, TicketPriority } from '../staffRecords.js';
import { TICKET_PRIORITIES } from '../staffRecords.js';
import type { StoreOptions, TicketCreateResult, TicketFilter, TicketStore } from '../types.js';

const copy = (ticket: Ticket): Ticket => structuredClone(ticket);

function matches(ticket: Ticket, filter: TicketFilter): boolean {
  return filter === 'open' ? ticket.status !== 'resolved' : ticket.status === filter;
}

const rank = (priority: TicketPriority): number => TICKET_PRIORITIES.indexOf(priority);

/**
 * Tickets in this process. Each method reads and writes without awaiting in between, so on
 * Node's single thread a compare-and-set is as atomic as the Redis script.
 */
export class MemoryTicketStore implements TicketStore {
  private readonly tickets = new Map<string, Ticket>();
  /** conversation id → its open ticket's id */
  private readonly openByConversation = new Map<string, string>();

  constructor(private readonly options: StoreOptions) {}

  create(ticket: Ticket): Promise<TicketCreateResult> {
    if (this.tickets.has(ticket.id)) return Promise.resolve({ created: false, existingId: ticket.id });
    const open = this.openByConversation.get(ticket.conversationId);
    if (open !== undefined) return Promise.resolve({ created: false, existingId: open });
    this.write(ticket);
    return Promise.resolve({ created: true });
  }

  get(id: string): Promise<Ticket | undefined> {
    this.sweep();
    const ticket = this.tickets.get(id);
    return Promise.resolve(ticket ? copy(ticket) : undefined);
  }

  list(filter: TicketFilter, limit = 500): Promise<Ticket[]> {
    this.sweep();
    const chosen = [...this.tickets.values()].filter((t) => matches(t, filter));
    chosen.sort((a, b) =>
      filter === 'resolved'
        ? (b.resolvedAt ?? 0) - (a.resolvedAt ?? 0)
        : rank(a.priority) - rank(b.priority) || a.createdAt - b.createdAt || a.id.localeCompare(b.id),
    );
    return Promise.resolve(chosen.slice(0, limit).map(copy));
  }

  compareAndSet(next: Ticket, expectedVersion: number): Promise<boolean> {
    const current = this.tickets.get(next.id);
    if (!current || current.version !== expectedVersion) return Promise.resolve(false);
    this.write(next);
    return Promise.resolve(true);
  }

  openFor(conversationId: string): Promise<Ticket | undefined> {
    const id = this.openByConversation.get(conversationId);
    const ticket = id === undefined ? undefined : this.tickets.get(id);
    return Promise.resolve(ticket ? copy(ticket) : undefined);
  }

  private write(ticket: Ticket): void {
    this.tickets.set(ticket.id, copy(ticket));
    if (ticket.status === 'resolved') {
      if (this.openByConversation.get(ticket.conversationId) === ticket.id) {
        this.openByConversation.delete(ticket.conversationId);
      }
    } else {
      this.openByConversation.set(ticket.conversationId, ticket.id);
    }
  }

  /** Resolved tickets are kept as long as conversations are, then forgotten. */
  sweep(): void {
    const cutoff = this.options.now() - this.options.retentionMs;
    for (const [id, ticket] of this.tickets) {
      if (ticket.status === 'resolved' && (ticket.resolvedAt ?? 0) <= cutoff) this.tickets.delete(id);
    }
  }
}
