// A closed-loop load generator: C clients on keep-alive connections, each sending its next
// request as soon as the previous answer is read, for a fixed time. Every latency is kept,
// so p95 is exact (not read off a histogram). Asks for gzip, as browsers do.
import http from 'node:http';

export async function load(url, { connections = 50, seconds = 10, warmupSeconds = 1 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const once = () =>
    new Promise((resolve, reject) => {
      const s = performance.now();
      http
        .get(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
          res.resume();
          res.on('end', () => resolve({ ms: performance.now() - s, status: res.statusCode }));
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
          const r = await once().catch(() => ({ ms: 0, status: 0 }));
          if (r.status !== 200) errors++;
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
