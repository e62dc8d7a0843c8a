// A closed-loop load generator: C clients on keep-alive connections, each sending its next
// request as soon as the previous answer is read, for a fixed time. Every latency is kept,
// so p95 is exact (not read off a histogram). Asks for gzip, as browsers do.
// Options: `headers` (sent with every request: a Cookie, an Authorization), and `accept`
// ({ status, bytes } → boolean: a 200 whose body is not what was expected counts as an error;
// by default any 200 is right). `bytes` is the length of the body as it came over the wire.
import http from 'node:http';

export async function load(url, { connections = 50, seconds = 10, warmupSeconds = 1, headers = {}, accept = null } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const sent = { 'accept-encoding': 'gzip', ...headers };
  const once = () =>
    new Promise((resolve, reject) => {
      const s = performance.now();
      http
        .get(url, { agent, headers: sent }, (res) => {
          let bytes = 0;
          res.on('data', (chunk) => (bytes += chunk.length));
          res.on('end', () => resolve({ ms: performance.now() - s, status: res.statusCode, bytes }));
        })
        .on('error', reject);
    });
  const run = async (ms, record) => {
    const end = performance.now() + ms;
    const lat = [];
    let errors = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          const r = await once().catch(() => ({ ms: 0, status: 0, bytes: 0 }));
          if (r.status !== 200 || (accept && !accept(r))) errors++;
          else if (record) lat.push(r.ms);
        }
      }),
    );
    return { lat, errors };
  };
  await run(warmupSeconds * 1000, false);
  const s = performance.now();
  const { lat, errors } = await run(seconds * 1000, true);
  const wall = performance.now() - s;
  agent.destroy();
  lat.sort((a, b) => a - b);
  const pct = (p) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] ?? NaN;
  return { requests: lat.length, errors, rps: lat.length / (wall / 1000), p50: pct(50), p95: pct(95), p99: pct(99) };
}
