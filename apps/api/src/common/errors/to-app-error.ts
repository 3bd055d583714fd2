import { HttpException, HttpStatus } from '@nestjs/common';
import { AppError } from './app-error';
import { fromDatabaseError } from './database-error';
import { ErrorCode } from './error-code';

/** Fastify's own errors (body parsing, limits) carry a code and a status. */
interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ErrorCode.PAYLOAD_TOO_LARGE,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  FST_ERR_CTP_EMPTY_JSON_BODY: ErrorCode.MALFORMED_REQUEST,
  FST_ERR_CTP_INVALID_JSON_BODY: ErrorCode.MALFORMED_REQUEST,
  FST_ERR_BAD_URL: ErrorCode.MALFORMED_REQUEST,
  FST_ERR_MAX_PARAM_LENGTH: ErrorCode.MALFORMED_REQUEST,
  // @fastify/multipart and busboy: a form without a boundary, cut short, or with more parts than allowed.
  FST_INVALID_MULTIPART_CONTENT_TYPE: ErrorCode.MALFORMED_REQUEST,
  FST_FILES_LIMIT: ErrorCode.PAYLOAD_TOO_LARGE,
  FST_PARTS_LIMIT: ErrorCode.PAYLOAD_TOO_LARGE,
  FST_FIELDS_LIMIT: ErrorCode.PAYLOAD_TOO_LARGE,
  FST_PROTO_VIOLATION: ErrorCode.MALFORMED_REQUEST,
};

const httpStatusCodes: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.MALFORMED_REQUEST,
  [HttpStatus.NOT_FOUND]: ErrorCode.ROUTE_NOT_FOUND,
  [HttpStatus.METHOD_NOT_ALLOWED]: ErrorCode.METHOD_NOT_ALLOWED,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.PAYLOAD_TOO_LARGE,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
};

/** Maps whatever was thrown to an AppError; undefined means a bug (answered with 500). */
export function toAppError(exception: unknown): AppError | undefined {
  if (exception instanceof AppError) return exception;
  if (exception instanceof HttpException) {
    const code = httpStatusCodes[exception.getStatus()];
    return code ? new AppError(code, exception.message) : undefined;
  }
  const database = fromDatabaseError(exception);
  if (database) return database;
  if (exception instanceof SyntaxError && 'body' in exception) {
    return new AppError(ErrorCode.MALFORMED_REQUEST, `The request body is not valid JSON: ${exception.message}`);
  }
  const fastify = exception as FastifyLikeError;
  const code = fastify?.code ? fastifyCodes[fastify.code] : undefined;
  if (code) return new AppError(code, fastify.message ?? code);
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return new AppError(httpStatusCodes[fastify.statusCode] ?? ErrorCode.MALFORMED_REQUEST, fastify.message ?? 'Bad request');
  }
  return undefined;
}
