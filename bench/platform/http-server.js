// The server under load for the page benchmark: the real app (`createApp`, the same as
// `gongkai serve`) on a seeded SQLite database, plus one bare route `/__hello` on the same
// server and process, so every figure can be given as a ratio to it. Prints the port.
import { join } from 'node:path';
import { serveWithHello } from './serve-app.js';

const root = new URL('../..', import.meta.url).pathname;
const dbFile = process.argv[2];
const { openConfiguredDatabase } = await import(join(root, 'dist/persistence/open-database.js'));
const { createApp } = await import(join(root, 'dist/web/app.js'));
const { seedDemo } = await import(join(root, 'dist/web/demo/seed-demo.js'));

const opened = await openConfiguredDatabase({ file: dbFile });
await seedDemo(opened.db, join(root, 'samples'));
serveWithHello(createApp({ db: opened.db, log: () => {} }), () => opened.close());
