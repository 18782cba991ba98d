import { decodeFunctionData, isAddressEqual, type Address, type Transaction } from 'viem'
import type { FindingFacts } from '../../core/facts.js'
import { tokenCallsAbi } from '../abis.js'
import type { TokenEvent } from '../token-events.js'
import { thresholds } from './thresholds.js'

type DecodedCall = { functionName: string; args: readonly unknown[] }

function decodeCall(tx: Transaction, abi: typeof tokenCallsAbi): DecodedCall | undefined {
  if (!tx.to || tx.input.length < 10) return undefined
  try {
    const { functionName, args } = decodeFunctionData({ abi, data: tx.input })
    return { functionName, args: args ?? [] }
  } catch {
    return undefined
  }
}

/** Who the sender meant to pay: the native recipient, or the `to` of a token transfer call. */
export function intendedRecipient(tx: Transaction): Address | undefined {
  if (!tx.to) return undefined
  if (tx.input === '0x') return tx.value > 0n ? tx.to : undefined
  const call = decodeCall(tx, tokenCallsAbi)
  if (call?.functionName === 'transfer') return call.args[0] as Address
  if (call?.functionName === 'transferFrom' || call?.functionName === 'safeTransferFrom') return call.args[1] as Address
  return undefined
}

/** Is this amount dust: zero, or at most 1/10 000 of one whole token (or coin)? */
export function isDust(amount: bigint, decimals: number | undefined): boolean {
  if (amount === 0n) return true
  if (decimals === undefined) return false
  return amount * thresholds.dustDivisor <= 10n ** BigInt(decimals)
}

/** Which way a lure points (the finding's facts say what each way means). */
export type PoisoningDirection = Extract<FindingFacts['TX_ADDRESS_POISONING'], { direction: unknown }>['direction']

export type PoisoningCase = {
  victim: Address
  suspect: Address
  direction: PoisoningDirection
  /** Absent for the native coin. */
  token?: Address
  amount: bigint
  /** Which transfer of the transaction it is (index in its token events; the native value comes after them). */
  transfer: number
}

/**
 * Zero or tiny token transfers that may be poisoning: the accounts that may be the victim, and the address that
 * may be imitating one of their real counterparties. Decimals may be unknown yet (the caller re-checks).
 */
export function possiblePoisoning(tx: Transaction, events: TokenEvent[], decimalsOf: (token: Address) => number | undefined): PoisoningCase[] {
  const cases: PoisoningCase[] = []
  events.forEach((event, transfer) => {
    if (event.kind !== 'erc20-transfer' || !isDust(event.amount, decimalsOf(event.token) ?? 18)) return
    const moved = { token: event.token, amount: event.amount, transfer }
    // Someone else moved 0 "from" the victim to a lookalike, or a lookalike sent dust to the victim.
    if (!isAddressEqual(event.from, tx.from)) cases.push({ victim: event.from, suspect: event.to, direction: 'victim-to-lookalike', ...moved })
    cases.push({ victim: event.to, suspect: event.from, direction: 'lookalike-to-victim', ...moved })
  })
  if (tx.to && tx.input === '0x' && tx.value > 0n && isDust(tx.value, 18))
    cases.push({ victim: tx.to, suspect: tx.from, direction: 'lookalike-to-victim', amount: tx.value, transfer: events.length })
  return cases
}

/** The lookalike rule, in one place: same first and last N hex characters, different address. */
export function looksAlike(a: Address | string, b: Address | string): boolean {
  const [x, y] = [a.toLowerCase().slice(2), b.toLowerCase().slice(2)]
  const n = thresholds.lookalikeChars
  return x !== y && x.slice(0, n) === y.slice(0, n) && x.slice(-n) === y.slice(-n)
}
