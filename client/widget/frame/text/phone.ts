/**
 * The server's rule for a call-back number (server/escalation/patientHandoff.ts): 7 to 15 digits with an
 * optional leading +, spaces, dots, dashes and brackets ignored. Checked here first so the patient hears
 * about a typo at once; the server checks again.
 */
export function phoneLooksValid(phone: string): boolean {
  return /^\+?\d{7,15}$/.test(phone.trim().replace(/[\s().-]/g, ''));
}

/** The longest note a call-back request may carry (the server's CALLBACK_NOTE_MAX_CHARS). */
export const CALLBACK_NOTE_MAX_CHARS = 500;
