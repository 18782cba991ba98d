import type { Diagnosis } from '../core/types.js'
import type { DiagnosisCache } from './diagnosis-cache.js'

/** The part of the Workers Cache API this uses (`caches.default`). */
export type CacheLike = {
  match(request: Request): Promise<Response | undefined>
  put(request: Request, response: Response): Promise<void>
}

/** Cache keys are URLs; this host is never fetched, it only names entries. */
const keyBase = 'https://diagnosis-cache.txdoctor.invalid/'

/**
 * Diagnoses in the Workers Cache API: shared by every isolate of a data centre, expiring by `max-age`, so a
 * settled transaction asked about again from anywhere nearby is answered without a node. Facts hold bigints,
 * which JSON cannot, so they travel tagged and come back as bigints for the renderer.
 */
export class CacheApiDiagnosisCache implements DiagnosisCache {
  constructor(private readonly cache: CacheLike) {}

  async get(key: string): Promise<Diagnosis | undefined> {
    const response = await this.cache.match(new Request(keyBase + encodeURIComponent(key))).catch(() => undefined)
    if (!response) return undefined
    try {
      return JSON.parse(await response.text(), reviveBigints) as Diagnosis
    } catch {
      return undefined // an entry from an older, different shape: ask the nodes again
    }
  }

  async put(key: string, diagnosis: Diagnosis, ttlSeconds: number): Promise<void> {
    const body = JSON.stringify(diagnosis, tagBigints)
    const response = new Response(body, { headers: { 'content-type': 'application/json', 'cache-control': `max-age=${ttlSeconds}` } })
    // A cache that refuses is a slower answer next time, not a failed one now.
    await this.cache.put(new Request(keyBase + encodeURIComponent(key)), response).catch(() => undefined)
  }
}

function tagBigints(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? { $bigint: value.toString() } : value
}

function reviveBigints(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as { $bigint?: unknown }
    if (typeof tagged.$bigint === 'string' && Object.keys(value).length === 1) return BigInt(tagged.$bigint)
  }
  return value
}
