import type { Config } from './config/config.js'
import type { Answer, Lang, Level } from './core/types.js'
import type { DiagnoseOptions } from './diagnose/context.js'
import { diagnose } from './diagnose/diagnose.js'
import { explain } from './explain/explain.js'
import type { PendingStore } from './store/pending-store.js'

export type AskOptions = {
  chain?: string | undefined
  level: Level
  lang: Lang
  /** Check the address's standing approvals instead of diagnosing it. */
  approvals?: boolean | undefined
  onProgress?: DiagnoseOptions['onProgress']
}

/** The one engine every channel (HTTP, web form, MCP, CLI) calls, so all give the same answer. */
export type Engine = {
  config: Config
  ask(input: string, options: AskOptions): Promise<Answer>
}

export type EngineDeps = { config: Config; store?: PendingStore | undefined; fetchFn?: typeof fetch | undefined }

export function createEngine({ config, store, fetchFn }: EngineDeps): Engine {
  return {
    config,
    async ask(input, { chain, level, lang, approvals, onProgress }) {
      const diagnosis = await diagnose(input, { chain, approvals, onProgress }, { config, ...(store ? { store } : {}), ...(fetchFn ? { fetchFn } : {}) })
      return explain(diagnosis, { level, lang })
    },
  }
}
