import type { FastifyInstance } from 'fastify';
import type { RouteFacts } from './route-facts';

export interface RouteEntry {
  method: string;
  url: string;
  facts: RouteFacts;
}

const tables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Records every route Fastify registers, as registered: the route matrix test walks this table. */
export function recordRoutes(fastify: FastifyInstance): void {
  const table: RouteEntry[] = [];
  tables.set(fastify, table);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) table.push({ method, url: route.url, facts: (route.config ?? {}) as RouteFacts });
  });
}

export function routeTable(fastify: FastifyInstance): readonly RouteEntry[] {
  return tables.get(fastify) ?? [];
}
