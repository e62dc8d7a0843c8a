/**
 * @module Running the app on a socket with @hono/node-server: opens the
 * configured database, seeds the demo on first start, listens, and closes
 * everything on SIGINT/SIGTERM.
 */
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { openConfiguredDatabase } from '../persistence/open-database.js';
import { deleteExpiredSessions } from '../persistence/repositories/accounts/sessions.js';
import { createApp } from './app.js';
import { seedDemo, type SeedResult } from './demo/seed-demo.js';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  /** An explicit SQLite file; else DATABASE_URL, GONGKAI_DB or ./data/gongkai.sqlite. */
  readonly dbFile?: string;
  readonly trustProxy: boolean;
  /** Where `samples/*.txt` are (the package's own by default). */
  readonly samplesDir?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly location: string;
  readonly seed: SeedResult;
  close(): Promise<void>;
}

export const PACKAGE_SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const opened = await openConfiguredDatabase(o.dbFile ? { file: o.dbFile } : {});
  let server: ServerType | undefined;
  try {
    const seed = await seedDemo(opened.db, o.samplesDir ?? PACKAGE_SAMPLES);
    await deleteExpiredSessions(opened.db);
    const app = createApp({ db: opened.db, trustProxy: o.trustProxy });
    const port = await new Promise<number>((resolve, reject) => {
      server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info) => resolve(info.port));
      server.once('error', reject);
    });
    const shownHost = o.host.includes(':') ? `[${o.host}]` : o.host === '0.0.0.0' ? '127.0.0.1' : o.host;
    const s = server;
    return {
      url: `http://${shownHost}:${port}/`,
      location: opened.location,
      seed,
      close: async () => {
        await new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));
        await opened.close();
      },
    };
  } catch (e) {
    server?.close();
    await opened.close();
    throw e;
  }
}
