import { ERROR_STATUS, type ErrorCode } from '@kc/contract';

export interface Issue {
  path: string;
  message: string;
}

/** The one error type handlers and services throw; `onError` turns it into the one error shape. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new ApiError('NOT_FOUND', `${what} was not found.`);

const PG_ERROR_CODES: Record<string, ErrorCode> = {
  '23505': 'CONFLICT',
  '23503': 'REFERENCED',
  '23514': 'VALIDATION_FAILED',
  '23502': 'VALIDATION_FAILED',
  '22P02': 'BAD_REQUEST',
  '22021': 'BAD_REQUEST',
  '22001': 'VALIDATION_FAILED',
  '22003': 'VALIDATION_FAILED',
  '22007': 'VALIDATION_FAILED',
  '22008': 'VALIDATION_FAILED',
};

/** The SQLSTATE of a database error, looking through driver and ORM wrappers. */
export function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Maps constraint violations the database caught to client errors; anything else stays a 500. */
export function fromDatabaseError(error: unknown): ApiError | undefined {
  const state = sqlState(error);
  const code = state ? PG_ERROR_CODES[state] : undefined;
  if (!code) return undefined;
  const messages: Partial<Record<ErrorCode, string>> = {
    CONFLICT: 'A record with the same unique value already exists.',
    REFERENCED: 'The record is referenced by other records, or refers to one that does not exist.',
    VALIDATION_FAILED: 'The values break a rule of the data model.',
    BAD_REQUEST: 'A value has the wrong format.',
  };
  const constraint = constraintName(error);
  const message = messages[code] ?? 'The request could not be processed.';
  return new ApiError(code, constraint ? `${message} (${constraint})` : message);
}

function constraintName(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { constraint, constraint_name: constraintName } = current as { constraint?: unknown; constraint_name?: unknown };
    const name = constraint ?? constraintName;
    if (typeof name === 'string') return name;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
