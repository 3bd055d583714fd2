import { Injectable, type PipeTransform } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';

/** `:linkId` arrives as a number already (the global pipe converts it); NaN means it was not one. */
@Injectable()
export class ParseLinkIdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown): number {
    const id = Number(value);
    if (!Number.isSafeInteger(id) || id < 1) throw AppError.validation({ linkId: 'linkId must be a positive whole number' });
    return id;
  }
}
