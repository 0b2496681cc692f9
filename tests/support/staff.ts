import { io as connect, type Socket } from 'socket.io-client';
import type { StaffClientToServer, StaffServerToClient } from '../../client/shared/staffProtocol.js';
import { createAuditLog } from '../../server/audit/auditLog.js';
import { createAccount } from '../../server/auth/accounts.js';
import type { Role, StaffUser } from '../../server/store/staffRecords.js';
import type { Store } from '../../server/store/types.js';

export type StaffClient = Socket<StaffServerToClient, StaffClientToServer>;

export const STAFF_PASSWORD = 'a long test passphrase';

let counter = 0;

/** A staff account written straight to the store (as `plaincare user add` does). */
export async function addStaff(store: Store, role: Role, name?: string): Promise<StaffUser> {
  counter += 1;
  const label = name ?? `${role}${counter}`;
  const result = await createAccount(
    { users: store.users, audit: createAuditLog({ store: store.audit, now: Date.now }), now: Date.now },
    { email: `${label.toLowerCase()}-${counter}@example.org`, password: STAFF_PASSWORD, role, name: label },
    { kind: 'cli' },
  );
  if (!result.ok) throw new Error(`test account: ${result.message}`);
  return result.user;
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * One staff member's browser, reduced to what matters: a cookie jar, the CSRF token, the JSON
 * API, and sockets on /staff that carry the same cookie and our own Origin.
 */
export class StaffBrowser {
  readonly jar = new Map<string, string>();
  csrf: string | undefined;
  private readonly sockets: StaffClient[] = [];

  constructor(readonly base: string) {}

  cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async req<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const all: Record<string, string> = { origin: this.base, ...headers };
    const cookie = this.cookieHeader();
    if (cookie) all.cookie = cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in headers)) all['x-csrf-token'] = this.csrf;
    if (body !== undefined) all['content-type'] = 'application/json';
    const res = await fetch(this.base + path, {
      method,
      headers: all,
      redirect: 'manual',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (HTML page)
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  async login(
    email: string,
    password = STAFF_PASSWORD,
  ): Promise<Answer<{ user: { email: string; role: string } }>> {
    const csrf = await this.req<{ csrfToken: string }>('GET', '/api/auth/csrf');
    this.csrf = csrf.body.csrfToken;
    const answer = await this.req<{ user: { email: string; role: string }; csrfToken: string }>(
      'POST',
      '/api/auth/login',
      { email, password },
    );
    if (answer.status === 200) this.csrf = answer.body.csrfToken;
    return answer;
  }

  /** A /staff socket with this browser's cookie; resolves once connected (rejects with the refusal). */
  socket(options: { origin?: string } = {}): Promise<StaffClient> {
    const socket: StaffClient = connect(`${this.base}/staff`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie: this.cookieHeader(), origin: options.origin ?? this.base },
    });
    this.sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', (error: Error & { data?: { code?: string } }) =>
        reject(Object.assign(new Error(error.message), { code: error.data?.code })),
      );
    });
  }

  close(): void {
    for (const socket of this.sockets) socket.close();
  }
}

/** Polls until `check` returns a value (not undefined), for state that arrives asynchronously. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  ms = 5000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > ms) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Collects every payload of one event, to assert on what did and did not arrive. */
export function record<T>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}
