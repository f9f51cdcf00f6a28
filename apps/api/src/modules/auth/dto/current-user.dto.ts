import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type CurrentUser, type Role } from '@giao-ban/shared';

export class CurrentUserDto implements CurrentUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'vanphong' }) login!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) agencyId!: string | null;
  @ApiProperty({ nullable: true, type: String }) agencyName!: string | null;
  @ApiProperty({ description: 'Signed in with a temporary password: only GET /api/auth/me, sign-out and POST /api/profile/password answer until it is changed.' })
  mustChangePassword!: boolean;
}
