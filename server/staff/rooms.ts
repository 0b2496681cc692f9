import type { Role } from '../store/staffRecords.js';

/** socket.io rooms of the /staff namespace. */
export const staffRooms = {
  everyone: 'staff',
  role: (role: Role) => `role:${role}`,
  user: (userId: string) => `user:${userId}`,
  /** Consoles following one conversation live. */
  watching: (conversationId: string) => `watch:${conversationId}`,
};
