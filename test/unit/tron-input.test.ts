import { describe, expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { ConfigError } from '../../src/core/errors.js'
import { hexToTron, tronToHex } from '../../src/core/tron-address.js'
import { classify } from '../../src/input/classify.js'

describe('TRON addresses: base58check ⇄ hex', () => {
  test.each([
    // USDT's contract (tether.to) and the accounts of the recorded replies in fixtures/tron.
    ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', '41a614f803b6fd780986a42c78ec9c7f77e6ded13c'],
    ['TEB39Rt69QkgD1BKhqaRNqGxfQzCarkRCb', '412e1d447fa4169390cf5f5b3d12d380decfbfe20f'],
    ['TL24LCps5FKwp3PoU1MvrYrwhi5LU1tHre', '416e3b44b96104b26f84057974a1f0c9880f7c9b13'],
  ])('%s = %s', (base58, hex) => {
    expect(tronToHex(base58)).toBe(hex)
    expect(hexToTron(hex)).toBe(base58)
    // The 20-byte form a contract's ABI word carries, with or without 0x.
    expect(hexToTron(`0x${hex.slice(2)}`)).toBe(base58)
  })

  test.each(['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', ''])('%j is not a TRON address', (text) => {
    expect(tronToHex(text)).toBeUndefined()
  })

  test('hex that is not 41 + 20 bytes is not one either', () => {
    expect(hexToTron('42a614f803b6fd780986a42c78ec9c7f77e6ded13c')).toBeUndefined()
    expect(hexToTron('a614f803')).toBeUndefined()
  })
})

describe('configuration: TRON', () => {
  test('on by default, with its public endpoints', () => {
    const config = loadConfig({})
    expect(config.tron?.rpcUrls).toEqual(['https://api.trongrid.io', 'https://tron-rpc.publicnode.com'])
  })

  test('a chain list turns it on only by naming it (tron, trx, its id, or all)', () => {
    expect(loadConfig({ TXDOCTOR_CHAINS: 'base,arb' }).tron).toBeUndefined()
    for (const name of ['tron', 'TRX', '728126428', 'all']) expect(loadConfig({ TXDOCTOR_CHAINS: `base,${name}`.replace('base,all', 'all') }).tron?.key).toBe('tron')
    expect(loadConfig({ TXDOCTOR_CHAINS: 'tron' }).chains).toEqual([])
  })

  test('TXDOCTOR_RPC_TRON and --rpc tron=… replace its endpoints (the flag wins), validated like any node URL', () => {
    expect(loadConfig({ TXDOCTOR_RPC_TRON: 'http://127.0.0.1:9090, http://127.0.0.1:9091' }).tron?.rpcUrls).toEqual(['http://127.0.0.1:9090', 'http://127.0.0.1:9091'])
    expect(loadConfig({ TXDOCTOR_RPC_TRON: 'http://a.example' }, { rpc: ['tron=http://b.example'] }).tron?.rpcUrls).toEqual(['http://b.example'])
    expect(() => loadConfig({ TXDOCTOR_RPC_TRON: 'ftp://x' })).toThrow(ConfigError)
    // Replaced even when not enabled: the CLI's --chain tron turns it on with the configured nodes.
    expect(loadConfig({ TXDOCTOR_CHAINS: 'base', TXDOCTOR_RPC_TRON: 'http://127.0.0.1:9090' }).knownTron.rpcUrls).toEqual(['http://127.0.0.1:9090'])
  })
})

describe('inputs: what people paste about TRON', () => {
  test('a Tronscan account link is that TRON address (checksum verified)', () => {
    expect(classify('https://tronscan.org/#/address/TEB39Rt69QkgD1BKhqaRNqGxfQzCarkRCb')).toEqual({ kind: 'non-evm-address', network: 'tron', address: 'TEB39Rt69QkgD1BKhqaRNqGxfQzCarkRCb' })
    expect(classify('tronscan.org/#/address/TEB39Rt69QkgD1BKhqaRNqGxfQzCarkRCb/transfers')).toMatchObject({ address: 'TEB39Rt69QkgD1BKhqaRNqGxfQzCarkRCb' })
    expect(() => classify('https://tronscan.org/#/address/TEB39Rt69QkgD1BKhqaRNqGxfQzCarkRCc')).toThrow()
  })

  test('a Tronscan transaction link, and a bare 64-hex id, with or without 0x', () => {
    const id = '13df06d50a1ff1f4a164e25afc946dd7b05df044894b1073b1e92eef41d8a98a'
    expect(classify(`https://tronscan.org/#/transaction/${id}`)).toMatchObject({ kind: 'non-evm-transaction', network: 'tron', id })
    expect(classify(id)).toMatchObject({ kind: 'transaction', hash: `0x${id}`, bareHex: true })
    expect(classify(`0x${id}`)).toMatchObject({ kind: 'transaction', bareHex: false })
  })
})
