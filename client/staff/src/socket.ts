import { io, type Socket } from 'socket.io-client';
import type { StaffClientToServer, StaffServerToClient } from '../../shared/staffProtocol.js';

export type StaffSocket = Socket<StaffServerToClient, StaffClientToServer>;

/**
 * The live channel: the browser sends the session cookie with the websocket handshake (same
 * origin), and the server refuses the socket without it. The console sends a heartbeat at the
 * interval the server asks for, so "is anyone online?" is known within seconds.
 */
export function connectStaff(): StaffSocket {
  const socket: StaffSocket = io('/staff', { transports: ['websocket'], withCredentials: true });
  let beat: ReturnType<typeof setInterval> | undefined;
  socket.on('hello', ({ heartbeatMs }) => {
    clearInterval(beat);
    beat = setInterval(() => socket.emit('presence:beat'), heartbeatMs);
  });
  socket.on('disconnect', () => clearInterval(beat));
  return socket;
}
