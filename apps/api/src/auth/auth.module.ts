import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { RequestContextInterceptor } from './request-context.interceptor';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthenticationService } from './authentication.service';
import { SignInService } from './sign-in.service';
import { SsoController } from './sso.controller';
import { SsoService } from './sso.service';

/** Who is calling (sessions, tokens, SSO) and whether they may: the global guard every route passes through. */
@Global()
@Module({
  controllers: [AuthController, SsoController],
  providers: [
    AuthenticationService,
    SignInService,
    SsoService,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
  ],
  exports: [SignInService],
})
export class AuthModule {}
