import type { NetworkInterfaceInfo } from 'node:os';

/**
 * The first IPv4 address of this machine that other devices on the network can reach (not
 * loopback), or null when there is none (offline, or IPv6 only).
 */
export function lanIPv4(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string | null {
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return null;
}

/** Every IPv4 address of this machine other devices can reach, in interface order. */
export function lanIPv4s(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  return Object.values(interfaces).flatMap((addresses) =>
    (addresses ?? []).filter((address) => address.family === 'IPv4' && !address.internal).map((address) => address.address),
  );
}

/** The port of a `Host` header (`host:port`), else `fallback`. */
export function portOfHost(host: string | null, fallback: string): string {
  const match = /:(\d{1,5})$/.exec(host ?? '');
  return match?.[1] ?? fallback;
}

/** `http://<lan-ip>:<port>`, or null without a LAN address. */
export function lanOrigin(lanAddress: string | null, port: string): string | null {
  if (lanAddress === null) return null;
  return `http://${port === '80' ? lanAddress : `${lanAddress}:${port}`}`;
}

/** The address students type: `http://<lan-ip>:<port>/<locale>`, or null without a LAN address. */
export function joinUrl(lanAddress: string | null, port: string, locale: string): string | null {
  const origin = lanOrigin(lanAddress, port);
  return origin === null ? null : `${origin}/${locale}`;
}
