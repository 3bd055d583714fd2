import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Stops taking connections and waits for the requests in flight to be
 * answered, for at most `deadlineMs`; then cuts whatever is left. Done before
 * Nest's own close, which disconnects the database first and would turn every
 * request still running into a 500.
 */
export async function drainRequests(app: NestFastifyApplication, deadlineMs: number): Promise<'drained' | 'deadline'> {
  const fastify = app.getHttpAdapter().getInstance();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), deadlineMs);
  });
  const outcome = await Promise.race([fastify.close().then(() => 'drained' as const), deadline]);
  clearTimeout(timer);
  if (outcome === 'deadline') app.getHttpServer().closeAllConnections();
  return outcome;
}
