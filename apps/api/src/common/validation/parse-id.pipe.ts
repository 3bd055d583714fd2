import { Injectable, type PipeTransform } from '@nestjs/common';
import { AppError } from '../errors/app-error';

/** Record ids are positive whole numbers; anything else is the caller's mistake, named as such. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const id = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(id) || id < 1) throw AppError.validation({ id: `id must be a positive whole number, got "${value}"` });
    return id;
  }
}
