import { isAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { knownDelegates } from '../../chains/delegates.js'
import { chainRegistry } from '../../chains/index.js'
import { findChain } from '../../src/config/chains.js'

const required = {
  1: 'Ethereum', 56: 'BNB Smart Chain', 137: 'Polygon PoS', 42161: 'Arbitrum One', 10: 'OP Mainnet', 8453: 'Base',
  43114: 'Avalanche C-Chain', 59144: 'Linea', 534352: 'Scroll', 324: 'zkSync Era', 100: 'Gnosis', 42220: 'Celo',
  5000: 'Mantle', 146: 'Sonic', 130: 'Unichain', 11155111: 'Sepolia', 84532: 'Base Sepolia', 31337: 'Local devnet',
}
const strictAddress = (a: string) => isAddress(a, { strict: true })

describe('the chain registry', () => {
  test('has every required chain', () => {
    expect(Object.fromEntries(chainRegistry.map((c) => [c.id, c.name]))).toEqual(required)
  })

  test.each(chainRegistry.map((c) => [c.key, c] as const))('%s is complete and well-formed', (_, chain) => {
    expect(chain.key).toMatch(/^[a-z0-9-]+$/)
    expect(chain.shortName).toMatch(/^[a-z0-9-]+$/)
    expect(chain.aliases.every((a) => a === a.toLowerCase())).toBe(true)
    expect(chain.nativeCurrency.symbol).toMatch(/^[A-Za-z]{1,6}$/)
    expect(chain.nativeCurrency.decimals).toBe(18)
    expect(chain.rpcUrls.length).toBeGreaterThanOrEqual(2)
    const local = chain.id === 31337
    for (const url of chain.rpcUrls) expect(url).toMatch(local ? /^http:\/\/(127\.0\.0\.1|localhost):\d+$/ : /^https:\/\/[^/]+/)
    if (!local) expect(chain.explorers.length).toBeGreaterThanOrEqual(1)
    for (const url of chain.explorers) expect(url).toMatch(/^https:\/\/[a-z0-9.-]+(\/[a-z0-9-]+)*$/)
    expect(chain.blockTimeSeconds).toBeGreaterThan(0)
    expect(chain.logRange).toBeGreaterThanOrEqual(1_000)
    expect(strictAddress(chain.contracts.multicall3) && strictAddress(chain.contracts.permit2)).toBe(true)
    expect(chain.optIn ?? false).toBe(chain.testnet ?? false)
    for (const token of chain.tokens) {
      expect(strictAddress(token.address), token.symbol).toBe(true)
      expect(token.decimals).toBeGreaterThanOrEqual(0)
      expect(token.decimals).toBeLessThanOrEqual(36)
    }
    if (!local) {
      expect(chain.tokens.some((t) => t.kind === 'stablecoin')).toBe(true)
      expect(chain.tokens.some((t) => t.kind === 'wrapped-native')).toBe(true)
    }
    expect(chain.spenders.some((s) => s.kind === 'permit2' && s.address === chain.contracts.permit2)).toBe(true)
    for (const spender of chain.spenders) expect(strictAddress(spender.address) && spender.label.length > 3, spender.label).toBe(true)
    for (const entry of chain.denyList) expect(strictAddress(entry.address) && entry.source.length > 10, entry.label).toBe(true)
  })

  test('ids, keys, short names and aliases name one chain each', () => {
    const names = chainRegistry.flatMap((c) => [c.key, c.shortName, ...c.aliases].map((n) => [n, c.id] as const))
    const owners = new Map<string, Set<number>>()
    for (const [name, id] of names) owners.set(name, (owners.get(name) ?? new Set()).add(id))
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([])
    expect(new Set(chainRegistry.map((c) => c.id)).size).toBe(chainRegistry.length)
  })

  test.each([
    ['eth', 1], ['mainnet', 1], ['bsc', 56], ['BNB', 56], ['matic', 137], ['arb', 42161], ['op', 10], ['base', 8453],
    ['avax', 43114], ['zksync', 324], ['xdai', 100], ['8453', 8453], ['anvil', 31337],
  ])('"%s" finds chain %i', (name, id) => {
    expect(findChain(name)?.id).toBe(id)
  })

  test('known EIP-7702 delegates are well-formed and sourced', () => {
    for (const d of knownDelegates) expect(strictAddress(d.address) && d.source.length > 10, d.label).toBe(true)
  })
})
