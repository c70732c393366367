/**
 * What the bench's load side and its server process (`bench/server.ts`) agree on. Kept apart from the server, whose
 * module starts a server when imported: the load side must never run one in its own process.
 */
export const benchWebhookToken = 'bench-webhook-token-0123456789';

export const benchCallsPath = '/api/calls?perPage=50&direction=inbound&type=answered&agentId=3';

/** A text search ranked by relevance; the bench asks for a different page each time, so no cache answers it. */
export const benchSearchPath = (page: number) => `/api/calls?perPage=50&q=refund&page=${page}`;

export interface BenchServerReady {
  url: string;
  /** A signed-in agent's cookie (`calls`). */
  cookie: string;
  /** A bare Express app answering `body` on `/calls` (`calls`), the framework's own ceiling. */
  bareUrl: string;
}

export type BenchQuestion = { id: number; ask: 'pendingWebhooks' };
