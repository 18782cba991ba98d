import { describe, expect, test } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { ConfigError } from '../../src/core/errors.js'
import { version } from '../../src/version.js'
import packageJson from '../../package.json' with { type: 'json' }

describe('configuration', () => {
  test('defaults: every mainnet, no testnets, ~10 s budget, short per-call timeout', () => {
    const config = loadConfig({})
    expect(config.chains.map((c) => c.id)).toEqual([1, 56, 8453, 42161, 137, 10, 43114, 59144, 534352, 324, 100, 42220, 5000, 146, 130])
    expect(config).toMatchObject({ timeoutMs: 10_000, rpcTimeoutMs: 3_500 })
  })

  test('TXDOCTOR_CHAINS takes ids, keys and aliases', () => {
    expect(loadConfig({ TXDOCTOR_CHAINS: 'base, arb,1,sepolia' }).chains.map((c) => c.id)).toEqual([1, 8453, 42161, 11155111])
  })

  test('TXDOCTOR_RPC_<id> replaces a chain’s URLs; an unknown id gets a generic entry and is enabled', () => {
    const config = loadConfig({ TXDOCTOR_RPC_8453: 'http://127.0.0.1:1,http://127.0.0.1:2', TXDOCTOR_RPC_424242: 'http://127.0.0.1:3' })
    expect(config.chains.find((c) => c.id === 8453)!.rpcUrls).toEqual(['http://127.0.0.1:1', 'http://127.0.0.1:2'])
    expect(config.chains.find((c) => c.id === 424242)).toMatchObject({ name: 'Chain 424242', rpcUrls: ['http://127.0.0.1:3'] })
  })

  test('flags override the environment', () => {
    const config = loadConfig({ TXDOCTOR_CHAINS: 'eth', TXDOCTOR_RPC_1: 'http://127.0.0.1:1' }, { chains: '1,31337', rpc: ['1=http://127.0.0.1:9', '31337=http://127.0.0.1:8545'] })
    expect(config.chains.map((c) => [c.id, c.rpcUrls])).toEqual([[1, ['http://127.0.0.1:9']], [31337, ['http://127.0.0.1:8545']]])
  })

  test.each([
    [{ TXDOCTOR_TIMEOUT_MS: '50' }, /TXDOCTOR_TIMEOUT_MS must be a whole number from 1000 to 60000, got "50"/],
    [{ TXDOCTOR_RPC_TIMEOUT_MS: '1.5' }, /TXDOCTOR_RPC_TIMEOUT_MS must be a whole number/],
    [{ TXDOCTOR_CHAINS: 'eth,narnia' }, /"narnia" is not a chain txdoctor knows/],
    [{ TXDOCTOR_RPC_1: 'ftp://example' }, /TXDOCTOR_RPC_1: "ftp:\/\/example" is not an http\(s\) URL/],
    [{ TXDOCTOR_RPC_BASE: 'https://example' }, /must be a chain id, such as TXDOCTOR_RPC_8453/],
  ])('%j is a clear ConfigError', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })

  test('the version in answers is the package version', () => {
    expect(version).toBe(packageJson.version)
  })
})
