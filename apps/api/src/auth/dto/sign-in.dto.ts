import { ApiProperty } from '@nestjs/swagger';
import type { ChangePasswordRequest, SignInRequest } from '@mandate-tracker/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SignInDto implements SignInRequest {
  @ApiProperty({ example: 'ana.lopez@un.org' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @ApiProperty({ description: 'At least 12 characters' })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}
