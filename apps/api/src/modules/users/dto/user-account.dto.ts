import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Page, type Profile, type Role, type TemporaryPasswordIssued, type UserAccount } from '@giao-ban/shared';

export class UserAccountDto implements UserAccount {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'songoaivu' }) login!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) agencyId!: string | null;
  @ApiProperty({ nullable: true, type: String }) agencyName!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() mustChangePassword!: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastSignInAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class UserAccountPageDto implements Page<UserAccount> {
  @ApiProperty({ type: [UserAccountDto] }) items!: UserAccountDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class TemporaryPasswordIssuedDto implements TemporaryPasswordIssued {
  @ApiProperty({ type: UserAccountDto }) user!: UserAccountDto;
  @ApiProperty({ example: 'Kp7x-Hm3q-Tz9w', description: 'Shown this once; the user must replace it at sign-in.' })
  temporaryPassword!: string;
}

export class ProfileDto implements Profile {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() login!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ nullable: true, type: String }) agencyName!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastSignInAt!: string | null;
}
