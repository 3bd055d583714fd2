import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type CreateUserRequest, type ResetPasswordRequest, type Role, type UpdateUserRequest } from '@mandate-tracker/contracts';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsVersionRead } from '../../common/validation/is-version-read';

const ROLE_MESSAGE = `role must be one of: ${ROLES.join(', ')}`;

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'ana.lopez@un.org' })
  @IsEmail({ require_tld: false }, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Ana López' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role: Role;

  @ApiPropertyOptional({ type: [String], description: 'Limits a secretariat editor to these responsible offices' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  offices?: string[];

  @ApiPropertyOptional({ description: 'At least 12 characters; the user must change it at first sign-in' })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  password?: string;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role?: Role;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  offices?: string[];

  @ApiPropertyOptional({ description: 'false deactivates: sessions and tokens stop working; the history stays' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsVersionRead()
  version: number;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ description: 'At least 12 characters; the user must change it at next sign-in' })
  @IsString()
  @MaxLength(256)
  password: string;
}
