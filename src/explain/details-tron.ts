import type { NativeAmount } from '../core/amounts.js'
import type { TronTxRef } from '../core/tron-facts.js'
import type { Detail } from '../core/types.js'
import { toBigint, type Formatter } from './format.js'

/** A language's labels for a TRON transaction's rows (../{en,zh-CN}/details.ts). */
export type TronDetailWords = {
  id: string; sender: string; to: string; amount: string; contract: string; callValue: string; type: string; block: string; time: string
  energy: string; bandwidth: string; fee: string; feeLimit: string
  /** Energy used, then where it came from: staked, the contract's deployer, burned (count and TRX). */
  energyParts(used: string, stake: string, deployer: string, burned: string, burnedTrx: string): string
  bandwidthParts(bytes: string, burnedTrx: string): string
  /** With an activation, `net_fee` is the network's flat charge for creating the account, not the bytes'. */
  creationParts(bytes: string, burnedTrx: string): string
  /** The block's time as the language writes it beside its cards (`… UTC`, or `…（协调世界时）`). */
  stamp(utc: string): string
}

/**
 * A TRON transaction's expert details (`Diagnosis.facts.tron`): id, sender, what it asked, its block, and what it
 * consumed — energy (from stake, from the contract's deployer, burned), bandwidth, the fee in TRX with sun beside it,
 * the fee limit. One row each, keyed `tron.<fact>`. Tolerates a diagnosis read back from JSON (amounts as strings).
 * `creation`: the transaction created its receiver's account (an activation fee), so `net_fee` paid for that.
 */
export function tronDetails(value: unknown, t: TronDetailWords, f: Formatter, creation = false): Detail[] {
  if (!isObject(value) || value.network !== 'tron') return []
  const ref = value as Partial<TronTxRef> & Record<string, unknown>
  const rows: Detail[] = []
  const row = (key: string, label: string, shown: string | undefined) => (shown === undefined ? undefined : rows.push({ key: `tron.${key}`, label, value: shown }))
  const trx = (a: unknown) => (isNative(a) ? f.nativeExact({ ...a, value: toBigint(a.value)! }) : undefined)
  const count = (n: unknown) => (toBigint(n) === undefined ? undefined : f.count(toBigint(n)!))

  row('id', t.id, typeof ref.id === 'string' ? ref.id : undefined)
  row('sender', t.sender, typeof ref.sender === 'string' ? ref.sender : undefined)
  const a = ref.action
  if (a?.kind === 'trx-transfer') {
    row('to', t.to, a.to)
    row('amount', t.amount, trx(a.amount))
  } else if (a?.kind === 'token-transfer') {
    row('contract', t.contract, a.token)
    row('to', t.to, a.to)
    row('amount', t.amount, toBigint(a.amount) === undefined ? undefined : f.tokenExact(toBigint(a.amount)!, a.decimals, a.symbol))
  } else if (a?.kind === 'contract-call') {
    row('contract', t.contract, a.contract)
    row('callValue', t.callValue, trx(a.callValue))
  } else if (a?.kind === 'other') row('type', t.type, a.contractType)
  row('block', t.block, count(ref.blockNumber))
  row('time', t.time, toBigint(ref.minedAt) === undefined ? undefined : t.stamp(f.utc(toBigint(ref.minedAt)!)))
  const c = ref.costs
  if (isObject(c)) {
    const [used, stake, deployer] = [Number(c.energyUsed ?? 0), Number(c.energyFromStake ?? 0), Number(c.energyFromContract ?? 0)]
    row('energy', t.energy, t.energyParts(f.count(used), f.count(stake), f.count(deployer), f.count(Math.max(0, used - stake - deployer)), trx(c.energyBurned) ?? '0 TRX'))
    const bandwidthBurned = trx(c.bandwidthBurned)
    const created = creation && bandwidthBurned !== undefined && toBigint((c.bandwidthBurned as NativeAmount).value)! > 0n
    row('bandwidth', t.bandwidth, (created ? t.creationParts : t.bandwidthParts)(f.count(Number(c.bandwidthUsed ?? 0)), bandwidthBurned ?? '0 TRX'))
    row('fee', t.fee, trx(c.fee))
  }
  row('feeLimit', t.feeLimit, trx(ref.feeLimit))
  return rows
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isNative = (value: unknown): value is NativeAmount =>
  isObject(value) && typeof value.symbol === 'string' && typeof value.decimals === 'number' && toBigint(value.value) !== undefined
