import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AircallClient } from '@switchboard/aircall';
import type { ReadinessResponse } from '@switchboard/contracts';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { createAuthService, type LoginThrottle } from './auth/auth-service';
import { cookieIsSecure, sessionCookie } from './auth/session-cookie';
import type { AircallUserDirectory, AppContext } from './context';
import { docsRouter } from './docs/router';
import { features } from './features';
import { authHandlers } from './features/auth/handlers';
import { type AuditEntry, endpointRouter, type HandlerMap } from './http/endpoints';
import { errorMiddleware, notFoundHandler } from './http/error-middleware';
import { HttpError } from './http/errors';
import { announceSessionsEnded } from './live/event-stream';
import { webhookReceiver } from './live/webhook-receiver';
import { loggedError } from './logger';
import { maskPhoneNumbersIn } from './privacy';
import type { SessionPolicy, Store } from './store';

export interface AppDeps {
  store: Store;
  aircall: AircallClient;
  logger: Logger;
  /** The console's public origin: decides Secure cookies and is where Aircall sends webhooks. */
  publicUrl: string;
  /** Express's `trust proxy`: which proxies' forwarded client addresses to believe. Default loopback. */
  trustProxy?: string;
  /** Other origins allowed to send mutations (the Vite dev server in development). */
  trustedOrigins?: string[];
  /** Origins recordings play from besides any https one: the simulator's, which serves them over http. */
  mediaOrigins?: string[];
  version?: string;
  /** Built SPA to serve beside /api (production); omitted in development, where Vite serves it. */
  webDistDir?: string;
  clock?: { now(): number };
  sessionPolicy?: SessionPolicy;
  loginThrottle?: LoginThrottle;
}

const contentSecurityPolicy = (mediaOrigins: readonly string[]) => ({
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    // Recordings and voicemails play from Aircall's (expiring, signed) URLs.
    mediaSrc: ["'self'", 'https:', ...mediaOrigins],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
});

/** Aircall users as mirrored; a company has hundreds of users at most, so matching an email scans the list. */
function mirroredUsers(store: Store): AircallUserDirectory {
  return {
    async get(id) {
      const record = await store.users.get(id);
      return record ? { id: record.user.id, name: record.user.name } : null;
    },
    async idByEmail(email) {
      const wanted = email.trim().toLowerCase();
      const match = (await store.users.list()).find((record) => record.user.email.toLowerCase() === wanted);
      return match?.user.id ?? null;
    },
  };
}

export function createApp(deps: AppDeps): Express {
  const clock = deps.clock ?? { now: Date.now };
  const startedAt = clock.now();
  const cookie = sessionCookie({ secure: cookieIsSecure(deps.publicUrl) });
  const aircallUsers = mirroredUsers(deps.store);
  const auth = createAuthService({
    accounts: deps.store.accounts,
    sessions: deps.store.sessions,
    loginThrottle: deps.store.loginThrottle,
    cookie,
    sessionPolicy: deps.sessionPolicy,
    throttle: deps.loginThrottle,
    sessionsEnded: (ended) => announceSessionsEnded(deps.store, ended),
    findAircallUserIdByEmail: aircallUsers.idByEmail,
  });
  const context: AppContext = {
    store: deps.store,
    aircall: deps.aircall,
    auth,
    aircallUsers,
    logger: deps.logger,
    clock,
  };

  const handlers: Partial<HandlerMap> = Object.assign(
    {
      health: async () => ({
        status: 'ok' as const,
        version: deps.version ?? '0.0.0',
        uptimeSeconds: Math.round((clock.now() - startedAt) / 1000),
      }),
    },
    { 'health.ready': () => readiness(deps.store) },
    authHandlers(context, cookie),
    ...features.map((feature) => feature(context)),
  );

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? 'loopback');
  // X-Frame-Options says what frame-ancestors 'none' says, for browsers that know only the older header.
  app.use(
    helmet({
      contentSecurityPolicy: contentSecurityPolicy(deps.mediaOrigins ?? []),
      xFrameOptions: { action: 'deny' },
    }),
  );
  app.use(
    pinoHttp({
      logger: deps.logger,
      autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/api/health/ready' },
      serializers: {
        req: (req: { method: string; url: string; id: unknown }) => loggedRequest(req),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: loggedError,
      },
    }),
  );
  app.use(express.json({ limit: '100kb' }));
  app.use(webhookReceiver(context));

  const api = express.Router();
  api.use(docsRouter(deps.version ?? '0.0.0'));
  api.use(
    endpointRouter({
      handlers,
      authenticate: auth.authenticate,
      audit: (entry) => recordAudit(deps.store, entry),
      // Behind a TLS-terminating load balancer the request arrives over http: the public origin is ours too.
      trustedOrigins: [new URL(deps.publicUrl).origin, ...(deps.trustedOrigins ?? [])],
    }),
  );
  api.use(notFoundHandler);
  app.use('/api', api);

  if (deps.webDistDir && existsSync(deps.webDistDir)) serveSpa(app, deps.webDistDir);
  app.use(notFoundHandler);
  app.use(errorMiddleware);
  return app;
}

/** How long a readiness probe waits for the database before calling it gone. */
const readinessTimeoutMs = 2_000;

/** `GET /api/health/ready`: 503 unless the store answers; Aircall's state as the sync last saw it. */
async function readiness(store: Store): Promise<ReadinessResponse> {
  const answered = await Promise.race([
    store.ping().then(
      () => true,
      () => false,
    ),
    sleep(readinessTimeoutMs, false, { ref: false }),
  ]);
  if (!answered) throw new HttpError(503, 'upstream_unavailable', 'The database does not answer.');
  const lastRun = (await store.syncCheckpoints.list())
    .filter((checkpoint) => checkpoint.lastRunAt)
    .sort((a, b) => (b.lastRunAt?.getTime() ?? 0) - (a.lastRunAt?.getTime() ?? 0))[0];
  const aircall = !lastRun ? 'unknown' : lastRun.error ? 'failing' : 'answering';
  return { status: 'ready', store: 'ok', aircall };
}

/** Request lines as logged: no headers (cookies), and phone numbers in query strings masked. */
function loggedRequest(req: { method: string; url: string; id: unknown }) {
  return { id: req.id, method: req.method, url: maskPhoneNumbersIn(req.url) };
}

async function recordAudit(store: Store, entry: AuditEntry): Promise<void> {
  await store.audit.record({
    actor: entry.actor,
    action: entry.action,
    path: entry.path,
    result: entry.result,
    status: entry.status,
    errorCode: entry.errorCode,
    inputSummary: entry.details,
  });
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
