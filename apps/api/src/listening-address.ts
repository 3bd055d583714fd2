import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Environment } from './config/environment';

/**
 * The address actually listened on. Nest's getUrl() prints 127.0.0.1 for a server bound to every interface
 * (0.0.0.0), which hides that the port is reachable from the network.
 */
export function listeningAddress(app: NestFastifyApplication, environment: Environment): string {
  const address = app.getHttpServer().address() as AddressInfo | string | null;
  if (!address || typeof address === 'string') return String(address ?? environment.HOST);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const everywhere = address.address === '0.0.0.0' || address.address === '::';
  return `http://${host}:${address.port}${everywhere ? ' (every network interface)' : ''}`;
}
