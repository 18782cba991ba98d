/**
 * What txdoctor has learned about each node, kept across diagnoses so that a proof or a refusal costs its round
 * trip once, not once per request. Every fact is a plain value with its own expiry, never a promise: on Workers
 * a request must not await I/O that another request started. (Calls within one diagnosis that need the same
 * fact at the same moment share one read; that sharing belongs to the diagnosis's transport, not to this module.)
 */

/** How long each fact is trusted once learned, and why. */
export const knowledgeTtlMs = {
  /** A URL's chain does not change, but a URL can be repointed: proved again now and then. */
  chainId: 10 * 60_000,
  /** One head read per burst of diagnoses, yet a node that falls behind is noticed within half a minute. */
  headAge: 30_000,
  /** Batch support is how a provider is set up; it rarely changes. */
  refusesBatches: 60 * 60_000,
  /** Then the configured range is tried again: providers raise limits, and a refusal may have been a bad moment. */
  logRange: 10 * 60_000,
  /** A node without txpool_content is not asked for it again for this long. */
  noTxpool: 10 * 60_000,
} as const

/** The largest eth_getLogs span a node list served, and the smallest it refused as too large. */
export type LogSpans = { refused?: bigint; accepted?: bigint }

/** Beyond this many entries, expired ones are swept and then the oldest dropped: URLs come from configuration, so it is never reached in service. */
const maxEntries = 1_000

/** A map whose entries expire. Reading an expired entry deletes it. */
class Expiring<value> {
  private readonly entries = new Map<string, { value: value; expires: number }>()
  constructor(private readonly now: () => number) {}

  get(key: string): value | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expires > this.now()) return entry.value
    this.entries.delete(key)
    return undefined
  }

  set(key: string, value: value, ttlMs: number): void {
    this.entries.delete(key) // re-inserted last, so the oldest are first in line to go
    this.entries.set(key, { value, expires: this.now() + ttlMs })
    if (this.entries.size <= maxEntries) return
    for (const [k, entry] of this.entries) if (entry.expires <= this.now()) this.entries.delete(k)
    for (const k of this.entries.keys()) {
      if (this.entries.size <= maxEntries) break
      this.entries.delete(k)
    }
  }

  /** Changes a value without renewing its expiry. */
  update(key: string, value: value): void {
    const entry = this.entries.get(key)
    if (entry) entry.value = value
  }

  clear(): void {
    this.entries.clear()
  }
}

/**
 * Facts about nodes, by endpoint URL (or by a chain's whole list of endpoints, for what callers ask of the list).
 *
 * @example if (knowledge.chainIdOf(url) === undefined) knowledge.provedChainId(url, await readChainId())
 */
export class NodeKnowledge {
  private readonly chainIds: Expiring<number>
  private readonly headAges: Expiring<number>
  private readonly batchRefusers: Expiring<true>
  private readonly logSpans: Expiring<LogSpans>
  private readonly withoutTxpool: Expiring<true>

  constructor(private readonly now: () => number = Date.now) {
    this.chainIds = new Expiring(now)
    this.headAges = new Expiring(now)
    this.batchRefusers = new Expiring(now)
    this.logSpans = new Expiring(now)
    this.withoutTxpool = new Expiring(now)
  }

  /** The chain id the endpoint proved it serves, if it did recently. */
  chainIdOf(url: string): number | undefined {
    return this.chainIds.get(url)
  }
  provedChainId(url: string, chainId: number): void {
    this.chainIds.set(url, chainId, knowledgeTtlMs.chainId)
  }

  /** How old the endpoint's newest block was when last read (ms), if that was recent. */
  headAgeOf(url: string): number | undefined {
    return this.headAges.get(url)
  }
  sawHeadAge(url: string, ageMs: number): void {
    this.headAges.set(url, ageMs, knowledgeTtlMs.headAge)
  }

  refusesBatches(url: string): boolean {
    return this.batchRefusers.get(url) ?? false
  }
  sawBatchRefused(url: string): void {
    this.batchRefusers.set(url, true, knowledgeTtlMs.refusesBatches)
  }

  /** What these endpoints served and refused of eth_getLogs lately. */
  logSpansOf(endpoints: readonly string[]): LogSpans {
    return this.logSpans.get(endpoints.join(' ')) ?? {}
  }
  /**
   * Records a span served or refused as too large. A refusal starts (or renews) the memory's expiry, so a limit
   * is forgotten ten minutes after it was last met; a served span only refines what is known.
   */
  noteLogSpan(endpoints: readonly string[], span: bigint, accepted: boolean): void {
    const key = endpoints.join(' ')
    const known = this.logSpans.get(key)
    const { refused, accepted: served } = known ?? {}
    if (accepted) {
      if ((refused !== undefined && span >= refused) || (served !== undefined && span <= served)) return
      if (known) this.logSpans.update(key, { ...known, accepted: span })
      else this.logSpans.set(key, { accepted: span }, knowledgeTtlMs.logRange)
    } else {
      this.logSpans.set(key, { ...known, refused: refused === undefined || span < refused ? span : refused }, knowledgeTtlMs.logRange)
    }
  }

  lacksTxpool(endpoints: readonly string[]): boolean {
    return this.withoutTxpool.get(endpoints.join(' ')) ?? false
  }
  sawNoTxpool(endpoints: readonly string[]): void {
    this.withoutTxpool.set(endpoints.join(' '), true, knowledgeTtlMs.noTxpool)
  }

  clear(): void {
    for (const memory of [this.chainIds, this.headAges, this.batchRefusers, this.logSpans, this.withoutTxpool]) memory.clear()
  }
}

/** The process's (or the isolate's) knowledge: shared by every diagnosis, holding values only. */
export const nodeKnowledge = new NodeKnowledge()

/** For tests: forget everything learned about every node. */
export function resetNodeKnowledge(): void {
  nodeKnowledge.clear()
}
