import { AsyncLocalStorage } from 'node:async_hooks';

/** Who a request acts for, and its id: what every audit event of the request records beside its change. */
export interface RequestContext {
  /** The signed-in user; null on public routes. */
  userId: number | null;
  /** The API token used, if any. */
  tokenId: number | null;
  requestId: string;
}

/**
 * Carried through the request's asynchronous work (auth's RequestContextInterceptor runs the handler inside it),
 * so the audit trail names the signed-in user on every event without each service passing the user along, and a
 * module written without knowing about accounts still records who acted.
 */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequest(): RequestContext | undefined {
  return requestContext.getStore();
}
