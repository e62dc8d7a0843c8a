// The benchmark servers' common part: the app behind one bare route `/__hello` on the same server
// and process (so every figure can be given as a ratio to it), on a free port of the loopback
// interface, printed on the first line of stdout; SIGTERM closes the server, then `close()`.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

export function serveWithHello(app, close) {
  const outer = new Hono();
  outer.get('/__hello', (c) => c.text('hello'));
  outer.route('/', app);
  const server = serve({ fetch: outer.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(`${info.port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => close().then(() => process.exit(0))));
}
