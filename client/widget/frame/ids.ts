/**
 * A message's client id: random, so two tabs never collide. crypto.getRandomValues works on plain-HTTP
 * pages too, where crypto.randomUUID does not exist.
 */
export function newClientMsgId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `w-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
