import type { Config } from './config/config.js'
import type { Answer, Lang, Level } from './core/types.js'
import type { DiagnoseOptions } from './diagnose/context.js'
import { diagnose } from './diagnose/diagnose.js'
import { explain } from './explain/explain.js'
import type { PendingStore } from './store/pending-store.js'
import { UsageCounters, type Channel } from './usage.js'

export type AskOptions = {
  chain?: string | undefined
  level: Level
  lang: Lang
  /** Check the address's standing approvals instead of diagnosing it. */
  approvals?: boolean | undefined
  onProgress?: DiagnoseOptions['onProgress']
  /** Which channel asked, for the usage counts. */
  channel?: Channel | undefined
}

/** The one engine every channel (HTTP, web form, MCP, CLI) calls, so all give the same answer. */
export type Engine = {
  config: Config
  /** Privacy-preserving counts of what was asked (no inputs kept). */
  usage: UsageCounters
  ask(input: string, options: AskOptions): Promise<Answer>
}

export type EngineDeps = { config: Config; store?: PendingStore | undefined; fetchFn?: typeof fetch | undefined }

export function createEngine({ config, store, fetchFn }: EngineDeps): Engine {
  const usage = new UsageCounters()
  return {
    config,
    usage,
    async ask(input, { chain, level, lang, approvals, onProgress, channel }) {
      const diagnosis = await diagnose(input, { chain, approvals, onProgress }, { config, ...(store ? { store } : {}), ...(fetchFn ? { fetchFn } : {}) })
      const answer = explain(diagnosis, { level, lang })
      if (channel) usage.record(answer, channel)
      return answer
    },
  }
}
