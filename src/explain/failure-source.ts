import type { ReasonSource, Unavailable } from '../core/facts.js'
import type { EvmFacts } from './catalog-types.js'
import type { Formatter } from './format.js'

type SourceFacts = EvmFacts<'TX_FAILED_REVERTED'>

/** One language's sentences for how a failure's reason was found (src/explain/{en,zh-CN}/tx.ts). */
export type SourceWords = {
  /** Names of the sources a node could not serve. */
  names: Record<Unavailable['source'], string>
  /** How the reason was found, by source (calldata gets the deadline's numbers; replay-latest the block). */
  how: Record<Exclude<ReasonSource, 'trace' | 'gas' | 'calldata' | 'replay-latest'>, string> & {
    calldata: (minedAt: string, deadline: string, late: string) => string
    calldataAlone: string
    latest: (block: string) => string
  }
  unavailable: (items: string[]) => string
  item: (name: string, said: string) => string
  /** Novice: the reason came from checking again today. */
  caveat: string
}

/** Expert: how the reason was found, how sure it is, and what the better sources said when they could not answer. */
export function sourceNote(x: SourceFacts, f: Formatter, w: SourceWords): string {
  const how =
    x.reasonSource === 'trace' || x.reasonSource === 'gas'
      ? ''
      : x.reasonSource === 'calldata'
        ? x.deadline !== undefined && x.minedAt !== undefined
          ? w.how.calldata(`${x.minedAt} (${f.utc(x.minedAt)})`, `${x.deadline} (${f.utc(x.deadline)})`, f.duration(x.minedAt - x.deadline))
          : w.how.calldataAlone
        : x.reasonSource === 'replay-latest'
          ? w.how.latest(f.count(x.replayedAt ?? 0n))
          : w.how[x.reasonSource]
  const missing = x.unavailable?.length ? w.unavailable(x.unavailable.map((u) => w.item(w.names[u.source], f.quote(u.said)))) : ''
  return how + missing
}

/** Novice: a reason found by checking again today is said to be so. */
export const sourceCaveat = (x: SourceFacts, w: SourceWords): string => (x.reasonSource === 'replay-latest' ? w.caveat : '')
