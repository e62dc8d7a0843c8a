// The server under load for the inbox benchmark: the real app (`createApp`, as `gongkai serve`
// runs it) on the given database — a SQLite file, or a postgres:// URL — with its clock set to
// the instant given (the day the cases were simulated up to, so the figures do not depend on the
// day of the run), plus one bare route `/__hello` on the same server and process. Prints the port.
import { join } from 'node:path';
import { serveWithHello } from '../platform/serve-app.js';

const root = new URL('../..', import.meta.url).pathname;
const [where, instant] = process.argv.slice(2);
const { openConfiguredDatabase } = await import(join(root, 'dist/persistence/open-database.js'));
const { createApp } = await import(join(root, 'dist/web/app.js'));

const opened = await openConfiguredDatabase(where.startsWith('postgres') ? { env: { DATABASE_URL: where } } : { file: where });
const now = new Date(instant);
serveWithHello(createApp({ db: opened.db, now: () => now, log: (e) => console.error(e) }), () => opened.close());
