import { apiEndpoints } from '@switchboard/contracts';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../src/docs/openapi';
import { appOnSimulator } from './helpers';

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument('9.9.9');

  it('describes every endpoint of the registry under its operation id', () => {
    const operations = Object.values(document.paths).flatMap((item) =>
      Object.values(item as Record<string, { operationId?: string }>).map((operation) => operation.operationId),
    );
    expect(operations.sort()).toEqual(apiEndpoints.map((endpoint) => endpoint.id).sort());
  });

  it('documents request bodies and path params in OpenAPI syntax', () => {
    const transfer = document.paths['/api/calls/{callId}/transfers']?.post as Record<string, unknown> | undefined;
    expect(transfer?.requestBody).toBeDefined();
    expect(transfer?.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'callId', in: 'path' })]),
    );
  });

  it('is served with an interactive viewer that needs nothing from outside', async () => {
    const { app } = await appOnSimulator();
    const json = await request(app).get('/api/openapi.json').expect(200);
    expect(json.body.info.title).toBe('Switchboard BFF');
    const page = await request(app).get('/api/docs').expect(200);
    expect(page.text).not.toMatch(/https?:\/\//);
    expect(page.text).not.toMatch(/<script>[^<]/);
    await request(app).get('/api/docs/assets/swagger-ui-bundle.js').expect(200);
  });
});
