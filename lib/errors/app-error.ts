// One error type for the whole domain. Each code maps once to an HTTP status and to a message key
// (messages/*.json → errors.<code>), so the console, the portal and the API answer alike.

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  THROTTLED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field name → message keys (under `validation.` in the message files) or plain sentences. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Values interpolated into the user message, e.g. { minutes: 12 }. */
  readonly params?: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    options: { message?: string; fieldErrors?: FieldErrors; params?: Record<string, string | number> } = {},
  ) {
    super(options.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.params = options.params;
  }

  get status() {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = () => new AppError("NOT_FOUND");
export const forbidden = () => new AppError("FORBIDDEN");
export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
