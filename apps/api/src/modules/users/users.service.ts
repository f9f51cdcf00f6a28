import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CurrentUser } from '@giao-ban/shared';
import { Repository } from 'typeorm';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** The active user with this login, password hash included (for sign-in only). */
  findActiveWithPasswordByLogin(login: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.agency', 'agency')
      .where('user.login = :login', { login: login.trim().toLowerCase() })
      .andWhere('user.active')
      .getOne();
  }

  static toCurrentUser(user: UserEntity): CurrentUser {
    return {
      id: user.id,
      login: user.login,
      fullName: user.fullName,
      role: user.role,
      agencyId: user.agencyId,
      agencyName: user.agency?.name ?? null,
    };
  }
}
