import { UnsupportedOperationError } from '../errors';

/**
 * Aircall's integration endpoints only work with an OAuth access token; this client authenticates with Basic Auth,
 * so they fail here at once, without spending a request of the company's budget on a certain 403.
 */
export function createIntegrationsResource() {
  const oauthOnly = async (method: string, path: string): Promise<never> => {
    throw new UnsupportedOperationError('Only available to OAuth apps; this client uses Basic Auth', { method, path });
  };
  return {
    me: () => oauthOnly('GET', '/v1/integrations/me'),
    enable: () => oauthOnly('POST', '/v1/integrations/enable'),
    disable: () => oauthOnly('POST', '/v1/integrations/disable'),
  };
}
