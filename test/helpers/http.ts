// Test HTTP servers on 127.0.0.1: start on a free port, stop.
import type http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listen on a free port of 127.0.0.1; resolves with the base URL (http://127.0.0.1:<port>). */
export async function listenLocal(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stop the server; resolves once it is closed. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => server.close(() => resolve()));
}
