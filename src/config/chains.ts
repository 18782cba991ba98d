import { chainRegistry } from '../../chains/index.js'
import { commonContracts, ether, type ChainSpec } from '../core/chain-spec.js'
import type { TronSpec } from '../core/tron-spec.js'

/**
 * Finds a chain by id, key, EIP-3770 short name or alias (`1`, `ethereum`, `eth`, `mainnet`), case-insensitive.
 *
 * @example findChain('arb')?.id // 42161
 */
export function findChain(name: string, chains: readonly ChainSpec[] = chainRegistry): ChainSpec | undefined {
  const wanted = name.trim().toLowerCase()
  if (/^\d+$/.test(wanted)) return chains.find((c) => c.id === Number(wanted))
  return chains.find((c) => c.key === wanted || c.shortName === wanted || c.aliases.includes(wanted) || c.name.toLowerCase() === wanted)
}

/**
 * A chain id txdoctor has no data for, given a node by configuration: usable for lookups, with neutral
 * metadata and no token or spender lists, so that any private or local node works.
 */
export function genericChain(id: number, rpcUrls: string[]): ChainSpec {
  return {
    id,
    key: `chain-${id}`,
    name: `Chain ${id}`,
    aliases: [],
    shortName: `chain-${id}`,
    optIn: true,
    nativeCurrency: ether,
    rpcUrls,
    explorers: [],
    blockTimeSeconds: 2,
    // Unknown chains may be private or local ones that mine on demand: their head's age proves nothing.
    idleBlocks: true,
    logRange: 2_000,
    contracts: commonContracts,
    tokens: [],
    spenders: [],
    denyList: [],
  }
}

/**
 * A name that means TRON: its key, its id (as TRON's own JSON-RPC reports it) or an alias (`tron`, `trx`, `728126428`).
 */
export function isTron(name: string, tron: Pick<TronSpec, 'key' | 'id' | 'aliases'>): boolean {
  const wanted = name.trim().toLowerCase()
  return wanted === tron.key || wanted === `${tron.id}` || tron.aliases.includes(wanted)
}
