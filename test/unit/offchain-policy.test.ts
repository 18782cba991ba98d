import { describe, expect, test } from 'vitest'
import { publicOnlyLookup, type Lookup } from '../../src/public-fetch.js'
import { gatewayUrlProblem } from '../../src/rpc/offchain.js'
import { isPublicIp } from '../../src/rpc/public-address.js'

describe('which gateway URLs chain data may make txdoctor fetch', () => {
  test.each([
    ['http://ccip.example.com/{sender}', 'not https'],
    ['https://user:pw@ccip.example.com/', 'carries credentials'],
    ['https://ccip.example.com:8443/', 'port 8443'],
    ['https://localhost/x', 'a local or internal name'],
    ['https://api.localhost/x', 'a local or internal name'],
    ['https://metadata.google.internal/', 'a local or internal name'],
    ['https://printer.local/', 'a local or internal name'],
    ['https://router.home.arpa/', 'a local or internal name'],
    ['https://gateway/', 'a name without a domain'],
    ['https://127.0.0.1/', 'a non-public IPv4 address'],
    ['https://2130706433/', 'a non-public IPv4 address'], // the URL parser reads it as 127.0.0.1
    ['https://0x7f.1/', 'a non-public IPv4 address'],
    ['https://10.1.2.3/', 'a non-public IPv4 address'],
    ['https://172.20.0.1/', 'a non-public IPv4 address'],
    ['https://192.168.1.1/', 'a non-public IPv4 address'],
    ['https://169.254.169.254/latest/meta-data/', 'a non-public IPv4 address'],
    ['https://100.100.100.200/', 'a non-public IPv4 address'],
    ['https://0.0.0.0/', 'a non-public IPv4 address'],
    ['https://[::1]/', 'a non-public IPv6 address'],
    ['https://[::]/', 'a non-public IPv6 address'],
    ['https://[::ffff:127.0.0.1]/', 'a non-public IPv6 address'],
    ['https://[::ffff:a9fe:a9fe]/', 'a non-public IPv6 address'],
    ['https://[fd00::1]/', 'a non-public IPv6 address'],
    ['https://[fe80::1]/', 'a non-public IPv6 address'],
    ['https://[64:ff9b::a00:1]/', 'a non-public IPv6 address'],
    ['https://[2002:7f00:1::]/', 'a non-public IPv6 address'],
    ['https://[2001:db8::1]/', 'a non-public IPv6 address'],
    ['ftp://ccip.example.com/', 'not https'],
    ['not a url', 'not a URL'],
  ])('%s is refused: %s', (url, why) => {
    expect(gatewayUrlProblem(url)).toBe(why)
  })

  test.each(['https://ccip.ens.xyz/{sender}/{data}.json', 'https://offchain-resolver.example.com/lookup', 'https://8.8.8.8/x', 'https://[2606:4700::1111]/x', 'https://[::ffff:8.8.8.8]/'])(
    '%s may be fetched',
    (url) => expect(gatewayUrlProblem(url)).toBeUndefined(),
  )

  test('public and non-public addresses as DNS returns them', () => {
    expect(['1.1.1.1', '8.8.4.4', '2606:4700:4700::1111'].every(isPublicIp)).toBe(true)
    expect(['127.0.0.1', '10.0.0.8', '192.0.2.1', '198.18.0.1', '224.0.0.1', '255.255.255.255', '::1', 'fe80::1%eth0', 'fc00::', 'garbage'].some(isPublicIp)).toBe(false)
  })
})

describe('the Node fetch for gateways checks what a name resolves to, at connect time', () => {
  const lookupAnswering =
    (...addresses: string[]): Lookup =>
    (_hostname, _options, callback) =>
      callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })))
  const resolve = (lookup: Lookup, all: boolean) =>
    new Promise<{ error: Error | null; address: unknown }>((done) => publicOnlyLookup(lookup)('gateway.example.com', { all }, (error, address) => done({ error, address })))

  test('a name resolving only to public addresses connects', async () => {
    expect(await resolve(lookupAnswering('93.184.215.14'), false)).toEqual({ error: null, address: '93.184.215.14' })
    expect((await resolve(lookupAnswering('93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'), true)).address).toHaveLength(2)
  })

  test('one non-public address among the answers refuses the connection', async () => {
    for (const answer of [['127.0.0.1'], ['93.184.215.14', '10.0.0.1'], ['::1'], ['169.254.169.254']]) {
      const { error } = await resolve(lookupAnswering(...answer), false)
      expect(error?.message).toBe('gateway.example.com resolves to a non-public address')
    }
  })
})
