/**
 * What the bench's load side and its server process (`bench/server.ts`) agree on. Kept apart from the server, whose
 * module starts a server when imported: the load side must never run one in its own process.
 */
export const benchWebhookToken = 'bench-webhook-token-0123456789';

export const benchCallsPath = '/api/calls?perPage=50&direction=inbound&type=answered&agentId=3';

export interface BenchServerReady {
  url: string;
  /** A signed-in agent's cookie (`calls`). */
  cookie: string;
  /** A bare Express app answering `body` on `/calls` (`calls`), the framework's own ceiling. */
  bareUrl: string;
}

export type BenchQuestion = { id: number; ask: 'pendingWebhooks' };
