import { getAddress } from 'viem'
import { differingPositions } from '../../../core/address-diff.js'
import { finding } from '../../../core/finding.js'
import type { Finding } from '../../../core/types.js'
import { lower } from '../../reads.js'
import type { TxEvidence } from '../evidence.js'
import { isDust, looksAlike, possiblePoisoning } from '../interests.js'

/**
 * A zero or dust transfer whose other side imitates an address the victim really dealt with. One finding per
 * transaction, about its first lure; `lures` says how many the transaction carried.
 */
export function checkPoisoning(e: TxEvidence): Finding[] {
  if (e.receipt?.status !== 'success') return []
  const decimalsOf = (token: string) => e.tokens.get(lower(token))?.decimals
  const lures = possiblePoisoning(e.tx, e.events, decimalsOf).flatMap((c) => {
    const decimals = c.token ? decimalsOf(c.token) : e.chain.nativeCurrency.decimals
    if (!isDust(c.amount, decimals)) return []
    const genuine = [...(e.counterparties.get(lower(c.victim)) ?? [])].find((real) => looksAlike(real, c.suspect))
    return genuine ? [{ ...c, genuine: getAddress(genuine), decimals }] : []
  })
  const first = lures[0]
  if (!first) return []
  const { victim, suspect, direction, genuine, token, amount, decimals } = first
  const symbol = token ? e.tokens.get(lower(token))?.symbol : e.chain.nativeCurrency.symbol
  return [
    finding('TX_ADDRESS_POISONING', {
      victim,
      direction,
      lookalike: suspect,
      genuine,
      differsAt: differingPositions(genuine, suspect),
      sentBy: e.tx.from,
      ...(token ? { token } : {}),
      amount,
      ...(decimals === undefined ? {} : { decimals }),
      ...(symbol ? { symbol } : {}),
      lures: new Set(lures.map((lure) => lure.transfer)).size,
      ...(e.minedAt === undefined ? {} : { minedAt: e.minedAt }),
    }),
  ]
}
