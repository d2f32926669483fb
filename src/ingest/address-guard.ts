/**
 * Which network addresses a URL reader may connect to. Fetching a URL someone gave us must not
 * reach into the machine or its network (loopback, private ranges, link-local, unique-local,
 * cloud metadata endpoints), so every address a host name resolves to is checked, IPv4 and IPv6,
 * including IPv4 addresses written as IPv6 (`::ffff:127.0.0.1`).
 */
import { isIP } from 'node:net';

/** Why an address is not public, or null when it is. */
export function nonPublicReason(address: string): string | null {
  const kind = isIP(address);
  if (kind === 4) return ipv4Reason(address);
  if (kind === 6) return ipv6Reason(address);
  return 'not an IP address';
}

function ipv4Reason(a: string): string | null {
  const [x, y] = a.split('.').map(Number);
  if (x === 127) return 'loopback';
  if (x === 10 || (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168)) return 'private';
  if (x === 169 && y === 254) return 'link-local';
  if (x === 100 && y >= 64 && y <= 127) return 'carrier-grade NAT';
  if (x === 0) return 'unspecified';
  if (x >= 224) return x < 240 ? 'multicast' : 'reserved';
  if (x === 192 && y === 0 && a.split('.')[2] === '0') return 'reserved';
  if (x === 198 && (y === 18 || y === 19)) return 'benchmarking';
  return null;
}

function ipv6Reason(address: string): string | null {
  const words = expandIpv6(address);
  if (!words) return 'malformed';
  if (words.every((w) => w === 0)) return 'unspecified';
  if (words.slice(0, 7).every((w) => w === 0) && words[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses carry an IPv4 address.
  if (words.slice(0, 5).every((w) => w === 0) && (words[5] === 0xffff || words[5] === 0)) {
    const v4 = `${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}`;
    return ipv4Reason(v4);
  }
  // NAT64 (64:ff9b::/96) embeds an IPv4 address too.
  if (words[0] === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((w) => w === 0)) {
    return ipv4Reason(`${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}`);
  }
  if ((words[0] & 0xfe00) === 0xfc00) return 'unique-local';
  if ((words[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((words[0] & 0xffc0) === 0xfec0) return 'site-local';
  if ((words[0] & 0xff00) === 0xff00) return 'multicast';
  if (words[0] === 0x2001 && words[1] === 0x0db8) return 'documentation';
  return null;
}

/** The eight 16-bit words of an IPv6 address (zone id dropped), or null. */
export function expandIpv6(address: string): number[] | null {
  let a = address.replace(/%.*$/, '').toLowerCase();
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (v4) {
    const [p, q, r, s] = v4.slice(1).map(Number);
    a = a.slice(0, v4.index) + `${((p << 8) | q).toString(16)}:${((r << 8) | s).toString(16)}`;
  }
  const halves = a.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = 8 - head.length - tail.length;
  if (halves.length === 1 ? head.length !== 8 : fill < 1) return null;
  const words = [...head, ...Array<string>(halves.length === 2 ? fill : 0).fill('0'), ...tail].map((w) => parseInt(w, 16));
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : null;
}
