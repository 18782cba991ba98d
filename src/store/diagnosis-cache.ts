import type { Diagnosis } from '../core/types.js'

/**
 * Diagnoses worth reusing: a settled transaction never changes, so any level or language can be rendered from
 * the cached diagnosis without asking a node again. Pending answers change with the next block.
 */
export interface DiagnosisCache {
  get(key: string): Promise<Diagnosis | undefined>
  put(key: string, diagnosis: Diagnosis, ttlSeconds: number): Promise<void>
}

/** How long each kind of answer may be reused. */
export const cacheSeconds = { settled: 24 * 3_600, pending: 3 } as const

export function ttlFor(diagnosis: Diagnosis): number | undefined {
  if (diagnosis.meta.partial) return undefined
  const codes = new Set(diagnosis.findings.map((f) => f.code))
  if ((diagnosis.status === 'success' || diagnosis.status === 'failed') && !codes.has('TX_NOT_FINAL')) return cacheSeconds.settled
  if (diagnosis.status === 'pending') return cacheSeconds.pending
  return undefined
}

/** A bounded LRU in memory (Node): the least recently used entry goes first once it is full. */
export class MemoryDiagnosisCache implements DiagnosisCache {
  private readonly entries = new Map<string, { diagnosis: Diagnosis; expires: number }>()
  constructor(
    private readonly maxEntries = 5_000,
    private readonly now = Date.now,
  ) {}

  async get(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.expires <= this.now()) return undefined
    this.entries.set(key, entry)
    return entry.diagnosis
  }

  async put(key: string, diagnosis: Diagnosis, ttlSeconds: number) {
    this.entries.delete(key)
    this.entries.set(key, { diagnosis, expires: this.now() + ttlSeconds * 1000 })
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
  }
}
