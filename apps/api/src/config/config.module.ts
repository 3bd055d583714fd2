import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Environment } from './environment';

/** Makes the validated Environment injectable; it is loaded once, before Nest starts. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(environment: Environment): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: Environment, useValue: environment }],
      exports: [Environment],
    };
  }
}
