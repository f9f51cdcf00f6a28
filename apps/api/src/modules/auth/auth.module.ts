import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/user.entity.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionEntity } from './session.entity.js';
import { SessionEvents } from './session-events.js';
import { SessionGuard } from './session.guard.js';
import { SessionsRepository } from './sessions.repository.js';
import { SignInThrottleRepository } from './sign-in-throttle.repository.js';

@Module({
  // Sign-in reads the users table; user administration (UsersModule) builds on this module.
  imports: [TypeOrmModule.forFeature([SessionEntity, UserEntity])],
  controllers: [AuthController],
  providers: [AuthService, PasswordHasher, SessionEvents, SessionGuard, SessionsRepository, SignInThrottleRepository],
  exports: [AuthService, PasswordHasher, SessionGuard],
})
export class AuthModule {}
