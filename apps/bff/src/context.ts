import type { AircallClient } from '@switchboard/aircall';
import type { Logger } from 'pino';
import type { AuthService } from './auth/auth-service';
import type { HandlerMap } from './http/endpoints';
import type { Store } from './store';

/** What every feature's handlers are built from: the composition root (createApp) makes one per app. */
/** The mirrored Aircall users a dashboard account can act as (linked by email). */
export interface AircallUserDirectory {
  get(id: number): Promise<{ id: number; name: string } | null>;
  idByEmail(email: string): Promise<number | null>;
}

export interface AppContext {
  store: Store;
  aircallUsers: AircallUserDirectory;
  aircall: AircallClient;
  auth: AuthService;
  logger: Logger;
  clock: { now(): number };
}

/** A feature contributes the handlers of some endpoints of the registry. */
export type FeatureHandlers = (context: AppContext) => Partial<HandlerMap>;
