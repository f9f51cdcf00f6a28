import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service.js';

/** Durable jobs (pg-boss) for every module: see JobsService. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
