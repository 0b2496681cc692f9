import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';

/**
 * Errors with stable codes, from one factory, so every route answers `{"error":{"code","message"}}`
 * with the right status and never a stack trace. Messages are for people; they never echo input.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, string | number | boolean | null>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const errors = {
  badRequest: (message: string, code = 'invalid_request') => new AppError(400, code, message),
  unauthorized: (message = 'Please sign in first.') => new AppError(401, 'unauthorized', message),
  forbidden: (message = 'Your account is not allowed to do this.') => new AppError(403, 'forbidden', message),
  notFound: (message = 'We could not find that.') => new AppError(404, 'not_found', message),
  conflict: (code: string, message: string, details?: Record<string, string | number | boolean | null>) =>
    new AppError(409, code, message, details),
  tooLarge: (message = 'That is too large.') => new AppError(413, 'too_large', message),
  unsupported: (message: string) => new AppError(415, 'unsupported_type', message),
  tooMany: (message = 'Too many attempts. Please wait and try again.') =>
    new AppError(429, 'rate_limited', message),
  unavailable: (message = 'This service is not available right now. Please try again soon.') =>
    new AppError(503, 'unavailable', message),
};

export interface ErrorBody {
  error: { code: string; message: string } & Record<string, string | number | boolean | null>;
}

export function errorBody(error: AppError): ErrorBody {
  return { error: { ...error.details, code: error.code, message: error.message } };
}

/** Body-parser and similar library errors carry a status and a type; map the ones clients cause. */
function fromLibraryError(error: unknown): AppError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, type } = error as { status?: unknown; type?: unknown };
  if (type === 'entity.too.large') return errors.tooLarge('The request body is too large.');
  if (type === 'entity.parse.failed')
    return errors.badRequest('The request body is not valid JSON.', 'invalid_json');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return errors.unsupported('The request body must be UTF-8 JSON.');
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, 'invalid_request', 'The request could not be read.');
  }
  return undefined;
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(errors.notFound('There is nothing at this address.'));
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const known = error instanceof AppError ? error : fromLibraryError(error);
    const appError =
      known ?? new AppError(500, 'server_error', 'Something went wrong on our side. Please try again.');
    const log = req.log ?? logger;
    if (appError.status >= 500) {
      log.error(
        { err: error instanceof Error ? { message: error.message, stack: error.stack } : error },
        'request failed',
      );
    }
    res.status(appError.status).json(errorBody(appError));
  };
}
