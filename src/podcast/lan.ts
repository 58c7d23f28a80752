// The machine's LAN addresses, for printing the feed URL a phone on the same network can reach.
import os from 'node:os';

/** Non-internal IPv4 addresses of this machine, one per interface address. */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

/** True when `host` binds every interface. */
export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}
