import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger as NestLogger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { RouteFacts } from './common/http/route-facts';
import { configuredOrigins } from './auth/allowed-origins';
import { AllExceptionsFilter, errorBodyFor } from './common/errors/all-exceptions.filter';
import { AppError } from './common/errors/app-error';
import { ErrorCode } from './common/errors/error-code';
import { acceptOnlyJsonBodies } from './common/http/body-types';
import { recordRoutes } from './common/http/route-table';
import { unacceptableValues } from './common/validation/request-values';
import { createValidationPipe } from './common/validation/validation-pipe';
import { registerCompression, serveAdmin } from './delivery/admin-assets';
import type { Environment } from './config/environment';

export const API_PREFIX = 'api';
const REQUEST_ID_HEADER = 'x-request-id';

function setupOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('UN Mandate Tracker API')
    .setDescription('Resolutions, the obligations they create, and the documents that fulfil them.')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, config));
}

/** A content security policy the admin works under: its own scripts only; MUI's emotion injects <style> elements. */
const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    upgradeInsecureRequests: null,
  },
};

async function registerSecurity(fastify: FastifyInstance, environment: Environment): Promise<void> {
  await fastify.register(cookie);
  // upgrade-insecure-requests would break the plain-http quick start (browsers ignore HSTS over plain http).
  await fastify.register(helmet, { contentSecurityPolicy: CONTENT_SECURITY_POLICY });
  // Sign-in routes say so in their facts; the limit's size comes from the environment, so it is set here.
  fastify.addHook('onRoute', (route) => {
    const facts = (route.config ?? {}) as RouteFacts;
    if (facts.rateLimit) facts.rateLimit = { ...facts.rateLimit, max: environment.SIGN_IN_RATE_LIMIT };
  });
  await fastify.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError(ErrorCode.TOO_MANY_REQUESTS, `Too many attempts from this address: try again in ${context.after}`, {
        retryAfter: context.after,
      }),
  });
  acceptOnlyJsonBodies(fastify);
}

/** Builds the whole application; main.ts and the end-to-end tests share it, so tests exercise what runs. */
export async function createApp(environment: Environment, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: environment.BODY_LIMIT_BYTES,
    // A caller's X-Request-Id is kept so logs can be joined across services; otherwise one is made.
    requestIdHeader: REQUEST_ID_HEADER,
    genReqId: () => randomUUID(),
    // Behind a reverse proxy, X-Forwarded-For/Proto/Host give the client's address and whether it used TLS.
    trustProxy: environment.TRUST_PROXY,
    // A "__proto__" key is kept as an ordinary key so the check below can name it, instead of the parser calling the body invalid JSON.
    onProtoPoisoning: 'ignore',
    // While draining on SIGTERM, a request that reaches an open connection is still answered (with Connection: close),
    // not refused with 503: its sender could not know the server was stopping.
    return503OnClosing: false,
    // Errors the router raises before any route runs (a 10,000-character path segment, a malformed URL) get the one error shape too.
    frameworkErrors: (error: Error, _request: unknown, reply: FastifyReply) => {
      const body = errorBodyFor(error, new NestLogger('Errors'));
      void reply.status(body.statusCode).send(body);
    },
  });
  const fastify = adapter.getInstance();
  recordRoutes(fastify);
  await registerSecurity(fastify, environment);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  // NUL characters, numbers beyond PostgreSQL's integer and bodies nested too deep are refused here, naming the field,
  // before the validators (which recurse) or the database (which fails) could turn them into a 500.
  fastify.addHook('preValidation', async (request) => {
    const unacceptable =
      unacceptableValues(request.body, '') ?? unacceptableValues(request.query, '') ?? unacceptableValues(request.params, '');
    if (unacceptable) throw AppError.validation(unacceptable);
  });
  // Uploads share the body limit: a file over it is refused with 413 like any other body.
  await registerCompression(fastify);
  await fastify.register(multipart, { limits: { fileSize: environment.BODY_LIMIT_BYTES, files: 1 } });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(environment, databaseUrl), adapter, {
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  const origins = configuredOrigins(environment.CORS_ORIGINS);
  // Closed unless configured: only the listed origins may call the API from their pages, with credentials.
  if (origins.length > 0) app.enableCors({ origin: origins, credentials: true, exposedHeaders: ['Content-Range', 'X-Request-Id'] });
  setupOpenApi(app);
  if (existsSync(environment.ADMIN_DIST)) {
    serveAdmin(app, environment.ADMIN_DIST);
  } else {
    logger.warn(`Admin build not found at ${environment.ADMIN_DIST}; run npm run build to serve it`);
  }
  await app.init();
  return app;
}
