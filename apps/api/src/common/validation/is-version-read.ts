import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsInt, Min } from 'class-validator';

/**
 * The `version` a change was based on. Required, not optional: a PATCH without it would overwrite whatever someone
 * else saved since it was read (a lost update); with it, a stale version is refused with 409.
 */
export const IsVersionRead = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ description: 'The version read (from the record as fetched); a stale one is refused with 409', minimum: 1 }),
    IsDefined({ message: 'version is required: send the version you read, so that a change saved meanwhile is not overwritten' }),
    IsInt({ message: 'version must be a whole number' }),
    Min(1, { message: 'version must be 1 or more' }),
  );
