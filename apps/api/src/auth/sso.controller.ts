import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public, withRouteFacts } from './access-policy.decorator';
import { setSessionCookie } from './session-cookie';
import { SSO_ATTEMPT_SECONDS, SsoRefused, SsoService } from './sso.service';

/** Binds the provider's callback to the browser that left for it; only the SSO routes receive it. */
const ATTEMPT_COOKIE = 'mt_sso';
const ATTEMPT_COOKIE_PATH = '/api/auth/sso';

/** The admin's sign-in page, which shows sso_error when present (the admin routes with the hash). */
const signInPageWith = (message: string): string => `/?sso_error=${encodeURIComponent(message)}#/login`;

/**
 * The two legs of single sign-on, both plain browser navigations (hence redirects, never JSON): out to the
 * identity provider, and back with a code that becomes the same session cookie a password sign-in gets.
 */
@ApiTags('auth')
@Controller('auth/sso')
export class SsoController {
  private readonly logger = new Logger('SingleSignOn');

  constructor(private readonly sso: SsoService) {}

  @Get('start')
  @Public()
  @withRouteFacts({ rateLimit: { max: 10, timeWindow: '1 minute' } })
  @ApiFoundResponse({ description: 'To the identity provider, with state, nonce and a PKCE challenge' })
  @ApiNotFoundResponse({ description: 'Single sign-on is not configured' })
  async start(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    try {
      const started = await this.sso.start();
      // Lax, not Strict: the provider's redirect back is a navigation from another site, which must carry it.
      void reply.setCookie(ATTEMPT_COOKIE, started.attemptSecret, {
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        path: ATTEMPT_COOKIE_PATH,
        maxAge: SSO_ATTEMPT_SECONDS,
      });
      await reply.redirect(started.authorizationUrl, 302);
    } catch (error) {
      if (!(error instanceof SsoRefused)) throw error;
      await reply.redirect(signInPageWith(error.message), 302);
    }
  }

  @Get('callback')
  @Public()
  @withRouteFacts({ rateLimit: { max: 10, timeWindow: '1 minute' } })
  @ApiFoundResponse({ description: 'Signed in (session cookie set) and sent to the admin, or back to its sign-in page with sso_error' })
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    void reply.clearCookie(ATTEMPT_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      path: ATTEMPT_COOKIE_PATH,
    });
    try {
      const session = await this.sso.finish(request.cookies?.[ATTEMPT_COOKIE], query, {
        address: request.ip,
        requestId: String(request.id),
      });
      setSessionCookie(request, reply, session.secret, session.maxAgeSeconds);
      await reply.redirect('/', 302);
    } catch (error) {
      if (!(error instanceof SsoRefused)) {
        this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        await reply.redirect(signInPageWith('Single sign-on failed: try again, or sign in with a password'), 302);
        return;
      }
      await reply.redirect(signInPageWith(error.message), 302);
    }
  }
}
