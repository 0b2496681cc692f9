import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * A conversation token is `<conversationId>.<secret>`: the widget keeps it to resume its
 * conversation after a reload or reconnect. Only a hash of the secret is stored, so a copy of the
 * store cannot be used to read someone's conversation.
 */
export interface IssuedToken {
  conversationId: string;
  token: string;
  secretHash: string;
}

const TOKEN_SHAPE = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function issueToken(): IssuedToken {
  const conversationId = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { conversationId, token: `${conversationId}.${secret}`, secretHash: hashSecret(secret) };
}

export function parseToken(token: unknown): { conversationId: string; secret: string } | undefined {
  if (typeof token !== 'string') return undefined;
  const match = TOKEN_SHAPE.exec(token);
  const [, conversationId, secret] = match ?? [];
  return conversationId && secret ? { conversationId, secret } : undefined;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
