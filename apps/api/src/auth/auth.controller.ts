import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { CurrentUserView, SignInOptionsView } from '@mandate-tracker/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BeforePasswordChange, Public, SignedIn, withRouteFacts } from './access-policy.decorator';
import { ChangePasswordDto, SignInDto } from './dto/sign-in.dto';
import type { Principal } from './principal';
import { CurrentPrincipal } from './principal.decorator';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SignInService } from './sign-in.service';
import { SsoService } from './sso.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sso: SsoService,
  ) {}

  @Get('options')
  @Public()
  @ApiOkResponse({ description: 'What the sign-in page offers: local passwords, single sign-on' })
  options(): SignInOptionsView {
    const settings = this.sso.settings;
    return { password: true, sso: { enabled: settings !== null, label: settings?.buttonLabel ?? '' } };
  }

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @withRouteFacts({ rateLimit: { max: 10, timeWindow: '1 minute' } })
  @ApiOkResponse({ description: 'Signed in: the session cookie is set; the body is the user' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or a deactivated account' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address, or too many failures for this account' })
  async passwordSignIn(
    @Body() input: SignInDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CurrentUserView> {
    const session = await this.signIn.signInWithPassword(input.email, input.password, request.ip, String(request.id));
    setSessionCookie(request, reply, session.secret, session.maxAgeSeconds);
    return session.user;
  }

  @Post('sign-out')
  @SignedIn()
  @BeforePasswordChange()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session is revoked and its cookie cleared' })
  async signOut(
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.signIn.signOut(principal);
    clearSessionCookie(request, reply);
  }

  @Get('me')
  @SignedIn()
  @BeforePasswordChange()
  @ApiOkResponse({ description: 'The signed-in user, their role and offices' })
  me(@CurrentPrincipal() principal: Principal): CurrentUserView {
    const { userId, email, displayName, role, offices, method, mustChangePassword } = principal;
    return { id: userId, email, displayName, role, offices, method, mustChangePassword };
  }

  @Post('password')
  @SignedIn()
  @BeforePasswordChange()
  @HttpCode(204)
  @withRouteFacts({ rateLimit: { max: 10, timeWindow: '1 minute' } })
  @ApiNoContentResponse({ description: 'Changed; every other session of the user is revoked' })
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() input: ChangePasswordDto): Promise<void> {
    await this.signIn.changePassword(principal, input.currentPassword, input.newPassword);
  }
}
