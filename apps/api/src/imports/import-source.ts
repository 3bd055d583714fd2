import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import { toAppError } from '../common/errors/to-app-error';
import { fieldErrorsOf } from '../common/validation/validation-pipe';
import { PreviewImportDto } from './dto/preview-import.dto';
import type { ReadLimits } from './reading/read-limits';
import { readSource, type SourceText } from './source-text';

/** A refusal of the upload itself: too large, or not the multipart/form-data it claims to be (busboy's errors carry no code). */
function uploadError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError(ErrorCode.PAYLOAD_TOO_LARGE, 'The file is larger than the upload limit', null);
  if (code && toAppError(error)) return error;
  return new AppError(ErrorCode.MALFORMED_REQUEST, `The upload is not well-formed multipart/form-data (${message ?? String(error)})`);
}

/**
 * One endpoint takes both a dropped file (multipart/form-data, field `file`)
 * and pasted text (JSON `{ "text": … }`), so the two ways in cannot drift apart.
 */
export async function sourceOf(request: FastifyRequest, limits: ReadLimits): Promise<SourceText & { filename: string }> {
  if (request.isMultipart()) {
    let file: Awaited<ReturnType<FastifyRequest['file']>>;
    let content: Buffer;
    try {
      file = await request.file();
      if (!file) throw AppError.validation({ file: 'file is required: send the resolution as a form field named "file"' });
      content = await file.toBuffer();
    } catch (error) {
      throw uploadError(error);
    }
    return { filename: file.filename, ...(await readSource({ filename: file.filename, content }, limits)) };
  }
  const body = plainToInstance(PreviewImportDto, request.body ?? {});
  const problems = validateSync(body, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length > 0) throw AppError.validation(fieldErrorsOf(problems));
  return { filename: 'pasted text', kind: 'text', text: body.text };
}
