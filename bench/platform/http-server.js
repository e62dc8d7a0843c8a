// The server under load for the page benchmark: the real app (`createApp`, the same as
// `gongkai serve`) on a seeded SQLite database, plus one bare route `/__hello` on the same
// server and process, so every figure can be given as a ratio to it. Prints the port.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const dbFile = process.argv[2];
const { openConfiguredDatabase } = await import(join(root, 'dist/persistence/open-database.js'));
const { createApp } = await import(join(root, 'dist/web/app.js'));
const { seedDemo } = await import(join(root, 'dist/web/demo/seed-demo.js'));

const opened = await openConfiguredDatabase({ file: dbFile });
await seedDemo(opened.db, join(root, 'samples'));
const app = createApp({ db: opened.db, log: () => {} });
const outer = new Hono();
outer.get('/__hello', (c) => c.text('hello'));
outer.route('/', app);
const server = serve({ fetch: outer.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${info.port}\n`);
});
process.on('SIGTERM', () => server.close(() => opened.close().then(() => process.exit(0))));
