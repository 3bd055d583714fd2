import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError, type ErrorBody } from './app-error';
import { ErrorCode } from './error-code';
import { toAppError } from './to-app-error';

/** Answers every failure with the one error shape; only bugs become 500, and they are logged. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = errorBodyFor(exception, this.logger);
    void reply.status(body.statusCode).send(body);
  }
}

export function errorBodyFor(exception: unknown, logger: Pick<Logger, 'error'>): ErrorBody {
  const known = toAppError(exception);
  if (known) return known.toBody();
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return new AppError(ErrorCode.INTERNAL, 'An unexpected error occurred; it has been logged').toBody();
}
