import { applyDecorators } from '@nestjs/common';
import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For a field that may be left out but has no "empty" value: unlike
 * IsOptional, which lets null through to the database (whose NOT NULL then
 * answered 500), null is refused with the field's name.
 */
export const IsOmittable = (): PropertyDecorator =>
  applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsDefined({ message: '$property cannot be null; leave it out to keep its value' }),
  );
