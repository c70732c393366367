import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createAircallClient, NetworkError } from '../src';
import { credentials } from './support/fixtures';

/** A port that was free a moment ago and now has nobody listening. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('unreachable Aircall', () => {
  it('throws a NetworkError naming the failure, without credentials', async () => {
    const client = createAircallClient({ ...credentials, baseUrl: `http://127.0.0.1:${await closedPort()}` });
    const error = await client.ping().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(JSON.stringify(error)).not.toContain(credentials.apiToken);
  });
});
