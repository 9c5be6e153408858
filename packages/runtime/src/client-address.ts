import { BlockList, isIP } from 'node:net';

/**
 * Whose X-Forwarded-For to believe. `peer` decides whether the connection's own peer is a proxy
 * we trust; `hop` whether an address named in the header is one (a chain of our own proxies).
 */
export interface ProxyTrust {
  readonly setting: string;
  peer(address: string): boolean;
  hop(address: string): boolean;
}

const LOOPBACK_SUBNETS: [string, number, 'ipv4' | 'ipv6'][] = [
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
];
const PRIVATE_SUBNETS: [string, number, 'ipv4' | 'ipv6'][] = [
  ['10.0.0.0', 8, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
];

/** `::ffff:1.2.3.4` is the IPv4 client 1.2.3.4; brackets and zone ids are dropped. */
export function normaliseAddress(raw: string): string {
  let address = raw.trim().toLowerCase();
  if (address.startsWith('[')) address = address.slice(1, address.indexOf(']') > 0 ? address.indexOf(']') : undefined);
  const zone = address.indexOf('%');
  if (zone > 0) address = address.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  return mapped?.[1] ?? address;
}

function ipFamily(address: string): 'ipv4' | 'ipv6' | undefined {
  const family = isIP(address);
  return family === 4 ? 'ipv4' : family === 6 ? 'ipv6' : undefined;
}

/**
 * Parses TRUST_PROXY: `false` (no proxy), `loopback` (a proxy on this machine, such as the web
 * server), `true` (whatever connects is our one proxy: only when the API is reachable through
 * it alone), or a comma-separated list of addresses, CIDR ranges and the words `loopback` and
 * `private`. Throws on anything else, so a typo cannot silently trust the world.
 */
export function parseProxyTrust(setting: string): ProxyTrust {
  const value = setting.trim().toLowerCase();
  if (value === 'false' || value === '') return { setting: 'false', peer: () => false, hop: () => false };
  if (value === 'true') return { setting: 'true', peer: () => true, hop: () => false };
  const list = new BlockList();
  for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
    if (entry === 'loopback' || entry === 'private') {
      for (const [network, prefix, family] of entry === 'loopback' ? LOOPBACK_SUBNETS : PRIVATE_SUBNETS) list.addSubnet(network, prefix, family);
      continue;
    }
    const [network = '', prefixText] = entry.split('/');
    const family = ipFamily(normaliseAddress(network));
    const prefix = prefixText === undefined ? (family === 'ipv4' ? 32 : 128) : Number(prefixText);
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 'ipv4' ? 32 : 128)) {
      throw new Error(`"${entry}" is not an address, a CIDR range, "loopback" or "private"`);
    }
    list.addSubnet(normaliseAddress(network), prefix, family);
  }
  const trusts = (address: string) => {
    const normal = normaliseAddress(address);
    const family = ipFamily(normal);
    return family !== undefined && list.check(normal, family);
  };
  return { setting: value, peer: trusts, hop: trusts };
}

/**
 * The client as our proxies saw it: walking X-Forwarded-For from the right (each proxy appends
 * the address it saw), past the peer and every address that is one of our own proxies. The
 * entries further left were written by the client and prove nothing.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, trust: ProxyTrust): string {
  const own = peer ? normaliseAddress(peer) : 'unknown';
  if (!trust.peer(own) || !forwardedFor) return own;
  const chain = forwardedFor
    .split(',')
    .map((entry) => normaliseAddress(entry))
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i] ?? '';
    if (i === 0 || !trust.hop(address)) return address.slice(0, 64);
  }
  return own;
}

/**
 * What throttles count as one client: an IPv4 address, or the /64 network of an IPv6 address
 * (one household or server gets a whole /64 and could otherwise rotate through it).
 */
export function clientKey(address: string): string {
  if (ipFamily(address) !== 'ipv6') return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
