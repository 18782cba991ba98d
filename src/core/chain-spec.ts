import type { Address } from 'viem'

/** What kind of contract a known spender is; shown to users next to its label. */
export type SpenderKind = 'dex' | 'aggregator' | 'nft-market' | 'bridge' | 'permit2' | 'lending' | 'other'

/** A chain as txdoctor knows it: one file per chain in `chains/`. Data only, no code. */
export type ChainSpec = {
  id: number
  /** Stable lowercase key used in URLs and config (`ethereum`, `bsc`). */
  key: string
  name: string
  /** Other names people type: `eth`, `bsc`, `matic`, `arb`, `op`, … (lowercase). */
  aliases: string[]
  /** EIP-3770 short name, as in `base:0x…`. */
  shortName: string
  /** Testnets and the local devnet are enabled only when asked for. */
  optIn?: boolean
  testnet?: boolean
  nativeCurrency: { name: string; symbol: string; decimals: number }
  /** Public keyless endpoints, best first. Replaced by `TXDOCTOR_RPC_<id>`. */
  rpcUrls: string[]
  /** Explorer base URLs (no trailing slash); the first is the one we link to. */
  explorers: string[]
  blockTimeSeconds: number
  /**
   * Mines only when there are transactions (anvil, Hardhat): an old newest block does not mean a lagging node.
   * Every other chain makes blocks on a clock, so a node whose newest block is old is behind and skipped.
   */
  idleBlocks?: boolean
  /** Largest `eth_getLogs` block range its public nodes accept without erroring. */
  logRange: number
  contracts: { multicall3: Address; permit2: Address }
  tokens: TokenSpec[]
  spenders: SpenderSpec[]
  denyList: DenyEntry[]
}

export type TokenSpec = {
  address: Address
  symbol: string
  decimals: number
  kind: 'stablecoin' | 'wrapped-native' | 'other'
}

export type SpenderSpec = { address: Address; label: string; kind: SpenderKind }

/** An address known to steal or launder funds. `source` says who flagged it, so the claim can be checked. */
export type DenyEntry = { address: Address; label: string; source: string }

/** Shared across most chains, deployed with the same CREATE2 address (see each project's docs). */
export const commonContracts = {
  multicall3: '0xcA11bde05977b3631167028862bE2a173976CA11',
  permit2: '0x000000000022D473030F116dDEE9F6B43aC78BA3',
} as const satisfies ChainSpec['contracts']

/** 1inch Aggregation Router v6: same address on every EVM chain it supports except zkSync Era. */
export const oneInchV6: SpenderSpec = {
  address: '0x111111125421cA6dc452d289314280a0f8842A65',
  label: '1inch Aggregation Router v6',
  kind: 'aggregator',
}

/** Permit2 itself is a spender users approve on every chain it is deployed on. */
export const permit2Spender = (address: Address = commonContracts.permit2): SpenderSpec => ({
  address,
  label: 'Uniswap Permit2',
  kind: 'permit2',
})

/** OP Stack chains predeploy WETH at this address. */
export const opStackWeth: TokenSpec = {
  address: '0x4200000000000000000000000000000000000006',
  symbol: 'WETH',
  decimals: 18,
  kind: 'wrapped-native',
}

export const ether = { name: 'Ether', symbol: 'ETH', decimals: 18 }

export const defineChainSpec = <const spec extends ChainSpec>(spec: spec): spec => spec
