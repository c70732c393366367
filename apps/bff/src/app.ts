import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AircallClient } from '@switchboard/aircall';
import type { HealthResponse } from '@switchboard/contracts';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { docsRouter } from './docs/router';
import { errorMiddleware, notFoundHandler } from './http/error-middleware';
import { callsRouter } from './routes/calls';
import { createCallsService } from './services/calls';

export interface AppDeps {
  aircall: AircallClient;
  logger: Logger;
  version?: string;
  /** Built SPA to serve beside /api (production); omitted in development, where Vite serves it. */
  webDistDir?: string;
  now?: () => number;
}

export function createApp(deps: AppDeps): Express {
  const now = deps.now ?? Date.now;
  const startedAt = now();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          mediaSrc: ["'self'", 'https:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
    }),
  );
  app.use(pinoHttp({ logger: deps.logger, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  app.use(express.json({ limit: '100kb' }));

  const api = express.Router();
  api.get('/health', (_req, res) => {
    const body: HealthResponse = {
      status: 'ok',
      version: deps.version ?? '0.0.0',
      uptimeSeconds: Math.round((now() - startedAt) / 1000),
    };
    res.json(body);
  });
  api.use(docsRouter(deps.version ?? '0.0.0'));
  api.use('/calls', callsRouter(createCallsService(deps.aircall)));
  api.use(notFoundHandler);
  app.use('/api', api);

  if (deps.webDistDir && existsSync(deps.webDistDir)) serveSpa(app, deps.webDistDir);
  app.use(notFoundHandler);
  app.use(errorMiddleware);
  return app;
}

/** Static assets with long caching (their names carry a hash), and index.html for every client-side route. */
function serveSpa(app: Express, dir: string): void {
  app.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dir, { index: false }));
  app.get('/{*clientRoute}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dir, 'index.html'));
  });
}
