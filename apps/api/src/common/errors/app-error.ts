import { ErrorCode, statusOf } from './error-code';

/** Field name → message, the shape react-admin shows next to each form input. */
export type FieldErrors = Record<string, string>;

/** The one body every failure is answered with. */
export interface ErrorBody {
  statusCode: number;
  error: ErrorCode;
  message: string;
  details: Record<string, unknown> | null;
  /** Present on validation failures only. */
  errors?: FieldErrors;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> | null = null,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }

  get status(): number {
    return statusOf[this.code];
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { statusCode: this.status, error: this.code, message: this.message, details: this.details };
    if (this.fieldErrors) body.errors = this.fieldErrors;
    return body;
  }

  static notFound(entity: string, id: string | number): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${entity} ${id} does not exist`, { entity, id });
  }

  static validation(fieldErrors: FieldErrors): AppError {
    const message = Object.entries(fieldErrors)
      .map(([field, text]) => `${field}: ${text}`)
      .join('; ');
    return new AppError(ErrorCode.VALIDATION_FAILED, message, { fields: Object.keys(fieldErrors) }, fieldErrors);
  }
}
