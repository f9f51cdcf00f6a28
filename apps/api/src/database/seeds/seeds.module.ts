import { Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/auth.module.js';
import { DemoDataLoader } from './demo-data.loader.js';

@Module({
  imports: [AuthModule],
  providers: [DemoDataLoader],
  exports: [DemoDataLoader],
})
export class SeedsModule {}
