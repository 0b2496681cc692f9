import type { Namespace, Server } from 'socket.io';

/**
 * socket.io types every namespace with the server's one set of event maps; ours differ per
 * namespace (/patient, /staff). This is the single place where a namespace gets its own maps.
 */
export function typedNamespace<N extends Namespace<never, never, never, unknown>>(
  io: Server,
  name: string,
): N {
  return io.of(name) as unknown as N;
}
