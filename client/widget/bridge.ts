/**
 * Messages between widget.js on the hospital's page and the chat frame (postMessage). They carry layout
 * and commands only, never what the patient wrote: the conversation stays inside the frame, out of reach
 * of the host page and its other scripts.
 */

export const FRAME_SOURCE = 'plaincare-frame';
export const HOST_SOURCE = 'plaincare-host';

/** The frame's size needs and state, sent whenever they change. */
export interface FrameLayout {
  source: typeof FRAME_SOURCE;
  type: 'layout';
  open: boolean;
  /** The launcher's size in CSS pixels, for the closed frame. */
  width: number;
  height: number;
  dir: 'ltr' | 'rtl';
  /** The frame's accessible name in the patient's language. */
  title: string;
}

/** The panel closed after the host page opened it: focus goes back to what the patient used there. */
export interface FrameReturnFocus {
  source: typeof FRAME_SOURCE;
  type: 'return-focus';
}

export type FrameMessage = FrameLayout | FrameReturnFocus;

export type HostMessage =
  | { source: typeof HOST_SOURCE; type: 'open' }
  | { source: typeof HOST_SOURCE; type: 'close' }
  | { source: typeof HOST_SOURCE; type: 'lang'; lang: string };

export function isFrameMessage(data: unknown): data is FrameMessage {
  return typeof data === 'object' && data !== null && (data as { source?: unknown }).source === FRAME_SOURCE;
}

export function isHostMessage(data: unknown): data is HostMessage {
  return typeof data === 'object' && data !== null && (data as { source?: unknown }).source === HOST_SOURCE;
}
