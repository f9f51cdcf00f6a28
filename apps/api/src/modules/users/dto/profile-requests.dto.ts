import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, type ChangePasswordRequest, type UpdateProfileRequest } from '@giao-ban/shared';
import { ContactEmail, ContactPhone } from './user-requests.dto.js';

export class UpdateProfileDto implements UpdateProfileRequest {
  @ContactEmail() email?: string | null;
  @ContactPhone() phone?: string | null;
}

/** The rule the new password must meet (libs/shared passwordProblems) is checked by the service, which knows the login. */
export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 10 characters of three kinds (lower case, upper case, digits, others), without the login.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  newPassword!: string;
}
