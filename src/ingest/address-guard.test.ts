import { describe, expect, it } from 'vitest';
import { expandIpv6, nonPublicReason } from './address-guard.js';

describe('nonPublicReason', () => {
  it('refuses loopback, private, link-local, unique-local and mapped addresses', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'loopback'], ['10.1.2.3', 'private'], ['172.16.0.1', 'private'], ['192.168.1.1', 'private'],
      ['169.254.169.254', 'link-local'], ['100.64.0.1', 'carrier-grade NAT'], ['0.0.0.0', 'unspecified'],
      ['::1', 'loopback'], ['::', 'unspecified'], ['fe80::1', 'link-local'], ['fc00::1', 'unique-local'], ['fd12:3456::1', 'unique-local'],
      ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['::ffff:10.0.0.1', 'private'], ['64:ff9b::a9fe:a9fe', 'link-local'],
      ['ff02::1', 'multicast'],
    ];
    for (const [a, why] of cases) expect(nonPublicReason(a), a).toBe(why);
  });

  it('accepts public addresses', () => {
    for (const a of ['8.8.8.8', '172.32.0.1', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(nonPublicReason(a), a).toBeNull();
  });

  it('expands IPv6 forms', () => {
    expect(expandIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(expandIpv6('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(expandIpv6('1::2::3')).toBeNull();
  });
});
