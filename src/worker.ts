import { loadConfig, type Env } from './config/config.js'
import { createEngine } from './engine.js'
import { createApp } from './http/app.js'
import { cloudflareClientKey } from './http/client-key.js'
import { bindingLimiter } from './http/rate-limit.js'
import { CacheApiDiagnosisCache, type CacheLike } from './store/cache-api-cache.js'
import { MemoryDiagnosisCache } from './store/diagnosis-cache.js'
import { KvPendingStore, type KvLike } from './store/kv-store.js'

/** Bindings: the same TXDOCTOR_* names as everywhere, as [vars]; optionally a KV namespace for pending memory. */
export type WorkerEnv = Record<string, unknown> & {
  TXDOCTOR_PENDING?: KvLike
  /** Optional Workers rate-limiting binding; without it each isolate limits in memory. */
  TXDOCTOR_RATE_LIMITER?: { limit(options: { key: string }): Promise<{ success: boolean }> }
}

let built: { key: string; app: ReturnType<typeof createApp> } | undefined

/** One app per isolate and configuration: built on the first request, reused after. */
function appFor(env: WorkerEnv) {
  const vars: Env = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0].startsWith('TXDOCTOR_')))
  const key = JSON.stringify(vars)
  if (built?.key !== key) {
    const store = env.TXDOCTOR_PENDING ? new KvPendingStore(env.TXDOCTOR_PENDING) : undefined
    const limiter = env.TXDOCTOR_RATE_LIMITER ? bindingLimiter(env.TXDOCTOR_RATE_LIMITER) : undefined
    // The Cache API is shared by the data centre's isolates; where it is missing, a small per-isolate LRU.
    const cacheApi = (globalThis as { caches?: { default?: CacheLike } }).caches?.default
    const cache = cacheApi ? new CacheApiDiagnosisCache(cacheApi) : new MemoryDiagnosisCache(500)
    built = { key, app: createApp(createEngine({ config: loadConfig(vars), store, cache }), { clientKey: cloudflareClientKey, ...(limiter ? { limiter } : {}) }) }
  }
  return built.app
}

export default {
  fetch(request: Request, env: WorkerEnv, ctx: unknown) {
    return appFor(env).fetch(request, env, ctx as never)
  },
}
