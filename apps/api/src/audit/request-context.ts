import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '../auth/principal';

/** Who a request acts for, and its id: what every audit event of the request records beside its change. */
export interface RequestContext {
  principal: Principal | undefined;
  requestId: string;
}

/**
 * Carried through the request's asynchronous work (RequestContextInterceptor runs the handler inside it), so the
 * audit trail names the signed-in user on every event without each service passing the user along, and a
 * module written without knowing about accounts still records who acted.
 */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequest(): RequestContext | undefined {
  return requestContext.getStore();
}
