import { createServer, type Server } from 'node:http';

/**
 * A tiny HTTP endpoint for container health checks: `GET /healthz` answers 200 when the database
 * answers, 503 otherwise. Listens on 127.0.0.1 unless told otherwise; carries no data.
 */
export async function startHealthServer(port: number, check: () => Promise<void>, host = '0.0.0.0'): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || (request.url !== '/healthz' && request.url !== '/')) {
      response.writeHead(404).end();
      return;
    }
    check().then(
      () => response.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n'),
      () => response.writeHead(503, { 'content-type': 'text/plain' }).end('unavailable\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}
