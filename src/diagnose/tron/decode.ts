import { hexToString, type Hex } from 'viem'
import type { NativeAmount } from '../../core/amounts.js'
import type { TronAction, TronCosts, TronTokenTransfer } from '../../core/tron-facts.js'
import type { TronSpec } from '../../core/tron-spec.js'
import { hexToTron, tronToHex } from '../../core/tron-address.js'
import type { TronTransaction, TronTransactionInfo } from '../../rpc/tron-replies.js'
import { sanitizeUntrusted } from '../../core/untrusted.js'

/*
 * Pure readings of TRON replies: what a transaction tried to do, what it paid, what its logs moved. TRON's virtual
 * machine is the EVM's: calls, logs and revert data have the same ABI, only addresses carry TRON's 41 prefix.
 */

/** `transfer(address,uint256)`, `Transfer(address,address,uint256)`: the same selectors and topics as on Ethereum. */
const transferSelector = 'a9059cbb'
const transferTopic = 'ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef'

export const trx = (spec: Pick<TronSpec, 'nativeCurrency'>, sun: bigint | number): NativeAmount => ({
  value: BigInt(sun),
  symbol: spec.nativeCurrency.symbol,
  decimals: spec.nativeCurrency.decimals,
})

/** A 32-byte ABI word's address (its low 20 bytes) as TRON writes it. */
const wordAddress = (word: string): string | undefined => hexToTron(word.slice(-40))

/** What the transaction's (first and only) contract asked for. */
export function actionOf(tx: TronTransaction, spec: TronSpec): { sender?: string; action: TronAction } {
  const contract = tx.raw_data.contract[0]!
  const value = contract.parameter.value
  const sender = value.owner_address ? hexToTron(value.owner_address) : undefined
  const withSender = (action: TronAction) => (sender ? { sender, action } : { action })
  if (contract.type === 'TransferContract' && value.to_address && value.amount !== undefined) {
    const to = hexToTron(value.to_address)
    if (to) return withSender({ kind: 'trx-transfer', amount: trx(spec, value.amount), to })
  }
  if (contract.type === 'TriggerSmartContract' && value.contract_address) {
    const contractAddress = hexToTron(value.contract_address)!
    const data = (value.data ?? '').toLowerCase()
    if (data.startsWith(transferSelector) && data.length >= 8 + 128) {
      const to = wordAddress(data.slice(8, 72))
      const known = knownToken(spec, contractAddress)
      if (to) return withSender({ kind: 'token-transfer', token: contractAddress, ...known, to, amount: BigInt(`0x${data.slice(72, 136)}`) })
    }
    return withSender({ kind: 'contract-call', contract: contractAddress, callValue: trx(spec, value.call_value ?? 0), ...(data.length >= 8 ? { selector: `0x${data.slice(0, 8)}` } : {}) })
  }
  return withSender({ kind: 'other', contractType: contract.type })
}

/** A token of txdoctor's list: its symbol and decimals need no call (and cannot be faked by a look-alike contract). */
export function knownToken(spec: TronSpec, address: string): { symbol: string; decimals: number } | Record<string, never> {
  const token = spec.tokens.find((t) => t.address === address)
  return token ? { symbol: token.symbol, decimals: token.decimals } : {}
}

/** What the transaction consumed and paid, from its info's receipt (every field the node left out is 0). */
export function costsOf(info: TronTransactionInfo, spec: TronSpec): TronCosts {
  const r = info.receipt
  return {
    fee: trx(spec, info.fee ?? 0),
    energyUsed: r.energy_usage_total ?? 0,
    energyFromStake: r.energy_usage ?? 0,
    energyFromContract: r.origin_energy_usage ?? 0,
    energyBurned: trx(spec, r.energy_fee ?? 0),
    bandwidthUsed: r.net_usage ?? 0,
    bandwidthBurned: trx(spec, r.net_fee ?? 0),
  }
}

/** TRC-20 `Transfer` logs (3 topics: an ERC-721-style log has the id as a 4th topic and is not a TRC-20 amount). */
export function tokenTransfersOf(info: TronTransactionInfo, spec: TronSpec): TronTokenTransfer[] {
  return (info.log ?? []).flatMap((log) => {
    if (log.topics?.length !== 3 || log.topics[0]!.toLowerCase() !== transferTopic) return []
    const [token, from, to] = [hexToTron(log.address), wordAddress(log.topics[1]!), wordAddress(log.topics[2]!)]
    if (!token || !from || !to) return []
    const data = (log.data ?? '').slice(0, 64)
    return [{ token, ...knownToken(spec, token), from, to, amount: data ? BigInt(`0x${data}`) : 0n }]
  })
}

/** The receipt's verdict: SUCCESS, OUT_OF_ENERGY, REVERT …; a plain TRX transfer's receipt has none (it succeeded). */
export function resultOf(info: TronTransactionInfo, tx: TronTransaction | undefined): string {
  return info.receipt.result ?? tx?.ret?.[0]?.contractRet ?? (info.result === 'FAILED' ? 'FAILED' : 'SUCCESS')
}

/** The call's return data (revert data on a failure), as 0x hex for the EVM decoders. */
export function returnDataOf(info: TronTransactionInfo): Hex | undefined {
  const data = info.contractResult?.[0]
  return data ? `0x${data}` : undefined
}

/**
 * The energy the call could use, from the node's message ("… curInvokeEnergyLimit[78572] …"). The message is the
 * node's words: only a number in that exact place is taken from it, nothing else.
 */
export function energyLimitOf(info: TronTransactionInfo): number | undefined {
  if (!info.resMessage) return undefined
  let text: string
  try {
    text = sanitizeUntrusted(hexToString(`0x${info.resMessage}`))
  } catch {
    return undefined
  }
  const match = /curInvokeEnergyLimit\[(\d{1,12})\]/.exec(text)
  return match ? Number(match[1]) : undefined
}

/** A contract call's first 32-byte return word as a number (`balanceOf`, `decimals`); empty data is 0. */
export const wordValue = (data: string): bigint => BigInt(`0x${data.slice(0, 64) || '0'}`)

/** A TRON address's 32-byte ABI word, as `balanceOf(address)` takes it (41-prefixed, as wallets send it: the call reads the low 20 bytes). */
export const addressWord = (address: string): string => (tronToHex(address) ?? '').padStart(64, '0')
