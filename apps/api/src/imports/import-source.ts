import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import { fieldErrorsOf } from '../common/validation/validation-pipe';
import { PreviewImportDto } from './dto/preview-import.dto';
import type { ReadLimits } from './reading/read-limits';
import { readSource, type SourceText } from './source-text';

/**
 * One endpoint takes both a dropped file (multipart/form-data, field `file`)
 * and pasted text (JSON `{ "text": … }`), so the two ways in cannot drift apart.
 */
export async function sourceOf(request: FastifyRequest, limits: ReadLimits): Promise<SourceText & { filename: string }> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file) throw AppError.validation({ file: 'file is required: send the resolution as a form field named "file"' });
    let content: Buffer;
    try {
      content = await file.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `${file.filename} is larger than the upload limit`, null);
      }
      throw error;
    }
    return { filename: file.filename, ...(await readSource({ filename: file.filename, content }, limits)) };
  }
  const body = plainToInstance(PreviewImportDto, request.body ?? {});
  const problems = validateSync(body, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length > 0) throw AppError.validation(fieldErrorsOf(problems));
  return { filename: 'pasted text', kind: 'text', text: body.text };
}
