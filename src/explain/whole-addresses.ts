import type { Finding } from '../core/types.js'

/**
 * A look-alike and the address it imitates, in every finding that names such a pair: never shortened anywhere in
 * the answer (cards, the "which transaction" sentence, the hand-off). Shortened, they read the same: that is the trick.
 */
export function wholeAddresses(findings: readonly Finding[]): ReadonlySet<string> {
  const pairs = findings.flatMap((f): { lookalike: string; genuine?: string }[] =>
    f.code === 'TX_ADDRESS_POISONING' ? [f.facts] : f.code === 'ADDRESS_POISONING_SEEN' ? f.facts.lookalikes : [],
  )
  // On TRON the imitated address is not known (no history by account): the look-alike alone stays whole.
  return new Set(pairs.flatMap((p) => [p.lookalike.toLowerCase(), ...(p.genuine ? [p.genuine.toLowerCase()] : [])]))
}
