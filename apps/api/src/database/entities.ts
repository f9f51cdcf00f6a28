import { AgencyEntity } from '../modules/agencies/agency.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { IndicatorEntity } from '../modules/periods/indicator.entity.js';
import { ReportingPeriodEntity } from '../modules/periods/reporting-period.entity.js';
import { TaskGroupEntity } from '../modules/periods/task-group.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { Foundation1764430000000 } from './migrations/1764430000000-foundation.js';

/** Listed explicitly (no globs): the same list works for tsc output, jest's ESM mode and the CLI. */
export const ENTITIES = [AgencyEntity, UserEntity, SessionEntity, ReportingPeriodEntity, TaskGroupEntity, IndicatorEntity];

export const MIGRATIONS = [Foundation1764430000000];
