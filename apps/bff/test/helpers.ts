import { Writable } from 'node:stream';
import { createAircallClient } from '@switchboard/aircall';
import { createSimulator, type SimulatorOptions } from '@switchboard/aircall-sim';
import { type AppDeps, createApp } from '../src/app';
import { createLogger } from '../src/logger';

/** Collects every log line the app writes, so tests can read what would reach a log file. */
export function memoryLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination }) };
}

export const simOrigin = 'http://aircall.test';

/** The app in-process, wired to an in-process simulator (no ports). */
export function appOnSimulator(
  options: { sim?: SimulatorOptions; credentials?: { apiId: string; apiToken: string } } & Partial<AppDeps> = {},
) {
  const simulator = createSimulator({ sizes: { calls: 300, users: 8, numbers: 3 }, ...options.sim });
  const credentials = options.credentials ?? simulator.credentials;
  const log = memoryLog();
  const aircall = createAircallClient({ ...credentials, baseUrl: simOrigin, fetch: simulator.fetch });
  const app = createApp({ aircall, logger: log.logger, ...options });
  return { app, simulator, log, aircall };
}
