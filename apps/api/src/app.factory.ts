import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
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

/** Builds the whole application; main.ts and the end-to-end tests share it, so tests exercise what runs. */
export async function createApp(environment: Environment, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: environment.BODY_LIMIT_BYTES,
    // A caller's X-Request-Id is kept so logs can be joined across services; otherwise one is made.
    requestIdHeader: REQUEST_ID_HEADER,
    genReqId: () => randomUUID(),
  });
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  // Uploads share the body limit: a file over it is refused with 413 like any other body.
  await registerCompression(adapter.getInstance());
  await adapter.getInstance().register(multipart, { limits: { fileSize: environment.BODY_LIMIT_BYTES, files: 1 } });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(environment, databaseUrl), adapter, {
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  setupOpenApi(app);
  if (existsSync(environment.ADMIN_DIST)) {
    serveAdmin(app, environment.ADMIN_DIST);
  } else {
    logger.warn(`Admin build not found at ${environment.ADMIN_DIST}; run npm run build to serve it`);
  }
  await app.init();
  return app;
}
