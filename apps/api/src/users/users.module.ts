import { Module } from '@nestjs/common';
import { OfficesModule } from '../offices/offices.module';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({ imports: [OfficesModule], controllers: [UsersController], providers: [UsersService], exports: [UsersService] })
export class UsersModule {}
