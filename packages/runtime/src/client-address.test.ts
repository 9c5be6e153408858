import { describe, expect, it } from 'vitest';
import { clientKey, parseProxyTrust, resolveClientAddress } from './client-address.ts';

describe('the client behind our proxies', () => {
  const loopback = parseProxyTrust('loopback');
  const chain = parseProxyTrust('loopback, 10.0.0.0/8');

  it('is the right-most forwarded address that is not one of our proxies', () => {
    expect(resolveClientAddress('127.0.0.1', '203.0.113.7', loopback)).toBe('203.0.113.7');
    expect(resolveClientAddress('127.0.0.1', '203.0.113.9, 203.0.113.7', loopback)).toBe('203.0.113.7');
    expect(resolveClientAddress('127.0.0.1', '203.0.113.9, 203.0.113.7, 10.0.0.5', chain)).toBe('203.0.113.7');
    expect(resolveClientAddress('::ffff:127.0.0.1', 'forged, 198.51.100.1', loopback)).toBe('198.51.100.1');
  });

  it('ignores the header unless the peer is a trusted proxy', () => {
    expect(resolveClientAddress('198.51.100.1', '127.0.0.1', loopback)).toBe('198.51.100.1');
    expect(resolveClientAddress('127.0.0.1', '203.0.113.7', parseProxyTrust('false'))).toBe('127.0.0.1');
    expect(resolveClientAddress(undefined, '203.0.113.7', loopback)).toBe('unknown');
  });

  it('with TRUST_PROXY=true trusts the peer as one proxy, never the entries the client wrote', () => {
    const one = parseProxyTrust('true');
    expect(resolveClientAddress('192.0.2.1', '203.0.113.9, 203.0.113.7', one)).toBe('203.0.113.7');
    expect(resolveClientAddress('192.0.2.1', undefined, one)).toBe('192.0.2.1');
  });

  it('is the left-most address when every hop is ours', () => {
    expect(resolveClientAddress('127.0.0.1', '10.0.0.9, 10.0.0.5', chain)).toBe('10.0.0.9');
  });

  it('refuses settings it cannot read', () => {
    expect(() => parseProxyTrust('loopbak')).toThrow(/loopbak/);
    expect(() => parseProxyTrust('10.0.0.0/33')).toThrow();
    expect(parseProxyTrust('private').peer('192.168.1.4')).toBe(true);
    expect(parseProxyTrust('2001:db8::/32').peer('2001:db8:5::1')).toBe(true);
  });

  it('counts an IPv6 /64 as one client', () => {
    expect(clientKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:ffff::9')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002:0000:0000:0000:0001')).toBe('2001:db8:1:2::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
  });
});
