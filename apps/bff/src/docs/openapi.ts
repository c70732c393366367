import { apiEndpoints, csrfHeaderName, errorEnvelopeSchema } from '@switchboard/contracts';
import { z } from 'zod';

// zod 4 writes JSON Schema itself (`z.toJSONSchema`), including for the transforms and custom checks our contracts
// use, which @asteasolutions/zod-to-openapi rejects; OpenAPI 3.1 takes JSON Schema as is, so only the envelope of
// the document is assembled here.

type JsonSchema = Record<string, unknown>;

const errorResponses = {
  400: 'Invalid input: `details.fields` names each field and the rule it breaks.',
  401: 'No session: sign in first.',
  403: 'Signed in, but this role may not do this (or the CSRF header / same-origin check failed).',
  429: 'Aircall is rate limiting the company; `retryAfter` says when to try again.',
  502: 'Aircall could not be reached or refused our credentials.',
} as const;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** One OpenAPI parameter per property of an object schema (path params, query string). */
function parameters(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (object.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

const json = (schema: z.ZodType, io: 'input' | 'output') => ({
  content: { 'application/json': { schema: jsonSchema(schema, io) } },
});

/** The OpenAPI 3.1 document of /api, written from the contracts' endpoint registry so it cannot drift. */
export function buildOpenApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of apiEndpoints) {
    const path = endpoint.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const success =
      endpoint.response === null
        ? { description: 'contentType' in endpoint ? 'A server-sent event stream.' : 'Done.' }
        : { description: 'OK', ...json(endpoint.response, 'output') };
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = {
      operationId: endpoint.id,
      summary: endpoint.summary,
      tags: [endpoint.id.split('.')[0]],
      description: [
        endpoint.roles === 'public' ? 'Public.' : `Roles: ${endpoint.roles.join(', ')}.`,
        endpoint.method === 'GET' ? '' : `Requires the \`${csrfHeaderName}\` header and a same-origin request.`,
        endpoint.audit ? 'Written to the audit log.' : '',
      ]
        .filter(Boolean)
        .join(' '),
      security: endpoint.roles === 'public' ? [] : [{ session: [] }],
      parameters: [
        ...parameters('params' in endpoint ? endpoint.params : undefined, 'path'),
        ...parameters('query' in endpoint ? endpoint.query : undefined, 'query'),
      ],
      ...('body' in endpoint && endpoint.body
        ? { requestBody: { required: true, ...json(endpoint.body, 'input') } }
        : {}),
      responses: {
        [endpoint.status]: success,
        ...Object.fromEntries(
          Object.entries(errorResponses).map(([status, description]) => [
            status,
            { description, ...json(errorEnvelopeSchema, 'output') },
          ]),
        ),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Switchboard BFF',
      version,
      description: 'The API the Switchboard console uses. Reads come from the mirror; writes go to Aircall.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'sb_session',
          description: 'Session cookie set by POST /api/auth/login (`__Host-sb_session` over HTTPS).',
        },
      },
    },
    paths,
  };
}
