import type { Address } from 'viem'
import type { ChainSpec } from '../core/chain-spec.js'
import type { DiagnoseContext, Failure } from './context.js'
import { tokenMetadataAbi } from './abis.js'
import { beforeDeadline } from './deadline.js'
import { failureOf } from './failure.js'
import { sanitizeUntrusted } from '../core/untrusted.js'
import type { RpcClient } from '../rpc/session.js'
import { readContracts } from '../rpc/read-contracts.js'

/** What a token contract says about itself (symbol and name are attacker-controlled text). */
export type TokenInfo = { symbol?: string; name?: string; decimals?: number; totalSupply?: bigint }

/** Addresses compared or used as map keys regardless of checksum case. */
export const lower = (address: Address | string): string => address.toLowerCase()

/** A JSON-RPC call viem has no typed action for (debug_*, txpool_*): same transport, same counting. */
export function rawRequest<result>(client: RpcClient, method: string, params: unknown[]): Promise<result> {
  return (client.request as unknown as (args: { method: string; params: unknown[] }) => Promise<result>)({ method, params })
}

/** Whether each address has code on this chain, in one batched request. */
export async function readCodes(client: RpcClient, addresses: Address[]): Promise<Map<string, boolean>> {
  const codes = await Promise.all(addresses.map((address) => client.getCode({ address })))
  return new Map(addresses.map((address, i) => [lower(address), isCode(codes[i])]))
}

/** Any code at all counts, including an EIP-7702 delegation designator. */
const isCode = (code: string | undefined) => code !== undefined && code !== '0x' && code !== ''

/** On which of `chains` an address has code: all chains asked at once; failures are reported. */
export async function readCodeElsewhere(ctx: DiagnoseContext, chains: ChainSpec[], address: Address, failures: Failure[], signal = ctx.signal) {
  const found: ChainSpec[] = []
  await Promise.all(
    chains.map((chain) =>
      beforeDeadline(ctx.session.client(chain).getCode({ address }), signal).then(
        (code) => void (isCode(code) && found.push(chain)),
        (error: unknown) => void failures.push({ ...failureOf(chain, error), what: `${chain.name}: contract code` }),
      ),
    ),
  )
  return new Map([[lower(address), chains.filter((c) => found.includes(c))]])
}

/**
 * Symbol and decimals of tokens (and total supply where an approval must be judged "unlimited"), in one round
 * trip (`readContracts`). Symbols are on-chain strings: sanitized here, quoted wherever shown. Throws when the
 * node could not serve the reads, so the caller can say the answer is partial.
 */
export async function readTokenInfo(client: RpcClient, tokens: Address[], needSupply: Set<string>): Promise<Map<string, TokenInfo>> {
  if (tokens.length === 0) return new Map()
  const contracts = tokens.flatMap((address) => [
    { address, abi: tokenMetadataAbi, functionName: 'symbol' } as const,
    { address, abi: tokenMetadataAbi, functionName: 'decimals' } as const,
    { address, abi: tokenMetadataAbi, functionName: 'name' } as const,
    ...(needSupply.has(lower(address)) ? [{ address, abi: tokenMetadataAbi, functionName: 'totalSupply' } as const] : []),
  ])
  const results = await readContracts(client, contracts)
  const info = new Map<string, TokenInfo>()
  contracts.forEach((c, i) => {
    const r = results[i]
    if (r?.status !== 'success') return
    const entry = info.get(lower(c.address)) ?? {}
    if (c.functionName === 'symbol' && typeof r.result === 'string') entry.symbol = sanitizeUntrusted(r.result)
    if (c.functionName === 'name' && typeof r.result === 'string') entry.name = sanitizeUntrusted(r.result)
    if (c.functionName === 'decimals' && typeof r.result === 'number' && r.result <= 255) entry.decimals = r.result
    if (c.functionName === 'totalSupply' && typeof r.result === 'bigint') entry.totalSupply = r.result
    info.set(lower(c.address), entry)
  })
  return info
}
