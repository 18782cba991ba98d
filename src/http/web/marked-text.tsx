import type { FC } from 'hono/jsx'
import { addressPairOf, markPair } from '../../core/address-diff.js'

/**
 * A finding's text, with the characters that differ between the two addresses it compares (poisoning)
 * highlighted. The positions come from the finding's facts; this only draws them. Text without such a pair is
 * returned as it is (JSX escapes it either way).
 */
export const MarkedText: FC<{ text: string; facts: Record<string, unknown> }> = ({ text, facts }) => {
  const pair = addressPairOf(facts)
  if (!pair) return <>{text}</>
  return <>{markPair(text, pair).map((s) => (s.differs ? <mark class="differs">{s.text}</mark> : s.text))}</>
}
