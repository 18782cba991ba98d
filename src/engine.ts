import type { Config } from './config/config.js'
import type { Answer, Lang, Level } from './core/types.js'
import type { DiagnoseOptions } from './diagnose/context.js'
import { diagnose, diagnoseNode } from './diagnose/diagnose.js'
import { explain } from './explain/explain.js'
import type { PendingStore } from './store/pending-store.js'
import { UsageCounters, type Channel } from './usage.js'
import { ttlFor, type DiagnosisCache } from './store/diagnosis-cache.js'
import { ClientGate } from './client-gate.js'

export type AskOptions = {
  chain?: string | undefined
  level: Level
  lang: Lang
  /** Check the address's standing approvals instead of diagnosing it. */
  approvals?: boolean | undefined
  /** The kind of input the caller asked for; another kind is a bad input. */
  expect?: DiagnoseOptions['expect']
  onProgress?: DiagnoseOptions['onProgress']
  /** Which channel asked, for the usage counts. */
  channel?: Channel | undefined
  /** Who asked (the HTTP client's key): each client's concurrent diagnoses are bounded, so none starves the rest. */
  client?: string | undefined
}

/** The one engine every channel (HTTP, web form, MCP, CLI) calls, so all give the same answer. */
export type Engine = {
  config: Config
  /** Privacy-preserving counts of what was asked (no inputs kept). */
  usage: UsageCounters
  ask(input: string, options: AskOptions): Promise<Answer>
  /** `txdoctor rpc <url>`: checks one node the user names (the CLI only: URLs never come from HTTP requests). */
  checkNode(url: string, options: Pick<AskOptions, 'chain' | 'level' | 'lang' | 'channel'>): Promise<Answer>
}

export type EngineDeps = {
  config: Config
  store?: PendingStore | undefined
  fetchFn?: typeof fetch | undefined
  /** The fetch for offchain (ENS gateway) URLs named by chain data; the runtime's safest (src/public-fetch.ts on Node). */
  gatewayFetch?: typeof fetch | undefined
  /** Bounds each client's concurrent diagnoses; default: `gateLimits`. */
  gate?: ClientGate | undefined
  /** Reuse settled diagnoses (and pending ones for a few seconds); rendered anew for each level and language. */
  cache?: DiagnosisCache | undefined
}

export function createEngine({ config, store, fetchFn, gatewayFetch, cache, gate = new ClientGate() }: EngineDeps): Engine {
  const usage = new UsageCounters()
  return {
    config,
    usage,
    async ask(input, { client, ...options }) {
      return client === undefined ? diagnoseAndExplain(input, options) : gate.run(client, () => diagnoseAndExplain(input, options))
    },
    async checkNode(url, { chain, level, lang, channel }) {
      const answer = explain(await diagnoseNode(url, { chain }, environment()), { level, lang })
      if (channel) usage.record(answer, channel)
      return answer
    },
  }

  function environment() {
    return { config, ...(store ? { store } : {}), ...(fetchFn ? { fetchFn } : {}), ...(gatewayFetch ? { gatewayFetch } : {}) }
  }

  async function diagnoseAndExplain(input: string, { chain, level, lang, approvals, onProgress, channel, expect }: Omit<AskOptions, 'client'>): Promise<Answer> {
    const key = `${approvals ? 'approvals' : (expect ?? 'diagnose')}|${chain ?? ''}|${input.trim().toLowerCase()}`
    const cached = await cache?.get(key)
    const diagnosis = cached
      ? { ...cached, meta: { ...cached.meta, rpcRequests: 0, rpcCalls: 0, roundTrips: 0, durationMs: 0, cached: true } }
      : await diagnose(input, { chain, approvals, onProgress, expect }, environment())
    const ttl = cached ? undefined : ttlFor(diagnosis)
    if (cache && ttl) await cache.put(key, diagnosis, ttl)
    const answer = explain(diagnosis, { level, lang })
    if (channel) usage.record(answer, channel)
    return answer
  }
}
