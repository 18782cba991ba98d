import type { Answer } from '../core/types.js'

/**
 * How long an answer stays true. A mined transaction past finality never changes: immutable. A pending one can
 * change with the next block. Everything else (addresses, not found) is short-lived.
 */
export function cacheControl(answer: Answer, blockTimeSeconds: number | undefined): string {
  const codes = new Set(answer.findings.map((f) => f.code))
  const settled = (answer.status === 'success' || answer.status === 'failed') && !codes.has('TX_NOT_FINAL') && !answer.meta.partial
  if (settled) return 'public, max-age=31536000, immutable'
  if (answer.status === 'pending') return `public, max-age=${Math.max(1, Math.floor(blockTimeSeconds ?? 12))}`
  return 'public, max-age=15'
}
