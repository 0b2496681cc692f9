/**
 * Why a file could not be turned into text, with a message a clinician can act on. The CLI prints
 * the message as its one line; the upload route maps the code to an HTTP status.
 */
export type DocumentErrorCode = 'unsupported_type' | 'no_text' | 'too_large' | 'unreadable';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}
