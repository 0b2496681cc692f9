import type { Namespace, Socket } from 'socket.io';
import type { StaffClientToServer, StaffServerToClient } from '../../client/shared/staffProtocol.js';
import type { StaffRef } from '../store/staffRecords.js';

export interface StaffSocketData {
  staff: StaffRef;
  /** The session cookie's token: every event re-checks that the session is still alive. */
  token: string;
  /** ticket id → conversation id, for the conversations this console follows. */
  watching: Record<string, string>;
}

export type StaffNamespace = Namespace<
  StaffClientToServer,
  StaffServerToClient,
  Record<string, never>,
  StaffSocketData
>;
export type StaffSocket = Socket<
  StaffClientToServer,
  StaffServerToClient,
  Record<string, never>,
  StaffSocketData
>;
