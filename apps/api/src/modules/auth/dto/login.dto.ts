import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { LoginRequest } from '@giao-ban/shared';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'vanphong' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  login!: string;

  @ApiProperty({ example: 'GiaoBan@2021' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}
