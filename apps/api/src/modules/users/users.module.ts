import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ProfileController } from './profile.controller.js';
import { ProfileService } from './profile.service.js';
import { UserEntity } from './user.entity.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

/** Accounts: the administrator's user management and everyone's own profile. Sign-in and sessions are AuthModule's. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), AuthModule, AgenciesModule],
  controllers: [UsersController, ProfileController],
  providers: [UsersService, ProfileService, UsersRepository],
  // The directory import writes accounts with the same queries.
  exports: [UsersRepository],
})
export class UsersModule {}
