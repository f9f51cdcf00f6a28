import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import {
  EMAIL_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  LOGIN_PATTERN,
  PHONE_PATTERN,
  ROLES,
  type CreateUserRequest,
  type Role,
  type UpdateUserRequest,
  type UserListQuery,
} from '@giao-ban/shared';
import { PageQueryDto } from '../../../common/pagination/page-query.dto.js';

/** Trimmed, composed (NFC) text; other values are left for the validators to refuse. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().normalize('NFC') : value);
/** Like `trimmed`, and an empty text means "none" (null). */
export const trimmedOrNull = ({ value }: { value: unknown }) => {
  const text = trimmed({ value });
  return text === '' ? null : text;
};

/** E-mail and phone: optional, null (or empty) clears them. Shared by the admin's forms and the profile. */
export const ContactEmail = () =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, type: String, maxLength: EMAIL_MAX_LENGTH, example: 'vanphong@quangninh.gov.vn' }),
    Transform(trimmedOrNull),
    IsOptional(),
    IsEmail(),
    MaxLength(EMAIL_MAX_LENGTH),
  );

export const ContactPhone = () =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, type: String, example: '0203 3835 123' }),
    Transform(trimmedOrNull),
    IsOptional(),
    Matches(PHONE_PATTERN, { message: 'phone must be 7 to 20 digits, spaces, dots or dashes, optionally starting with +' }),
  );

export class UserListQueryDto extends PageQueryDto implements UserListQuery {
  @ApiPropertyOptional({ description: 'Part of the login, the name (accents optional) or the e-mail.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'nguyenvana', description: 'Stored in lower case; 3-60 of a-z, 0-9, ".", "_", "-".' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(LOGIN_PATTERN, { message: 'login must be 3 to 60 of a-z, 0-9, ".", "_", "-", starting and ending with a letter or digit' })
  login!: string;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(FULL_NAME_MAX_LENGTH)
  fullName!: string;

  @ContactEmail() email!: string | null;
  @ContactPhone() phone!: string | null;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The unit: required for agency_reporter and agency_head, null otherwise.' })
  @IsOptional()
  @IsUUID()
  agencyId!: string | null;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @ValidateIf((o: UpdateUserDto) => o.fullName !== undefined)
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(FULL_NAME_MAX_LENGTH)
  fullName?: string;

  @ContactEmail() email?: string | null;
  @ContactPhone() phone?: string | null;

  @ApiPropertyOptional({ enum: ROLES })
  @ValidateIf((o: UpdateUserDto) => o.role !== undefined)
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;
}
