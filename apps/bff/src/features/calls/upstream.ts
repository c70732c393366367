import type { RequestOptions } from '@switchboard/aircall';
import { type ApiEndpointId, getEndpoint } from '@switchboard/contracts';

/** Options for an endpoint's Aircall requests: the budget lane the registry gives it, and the caller's signal. */
export function upstreamOptions(endpointId: ApiEndpointId, signal?: AbortSignal): RequestOptions {
  return { lane: getEndpoint(endpointId).lane ?? 'interactive', signal };
}
