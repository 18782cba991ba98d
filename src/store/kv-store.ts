import type { Hash } from 'viem'
import { pendingMemoryMs, type PendingStore, type SeenPending } from './pending-store.js'

/** The part of a Workers KV namespace this store uses (no dependency on Cloudflare's types). */
export type KvLike = {
  get(key: string, type: 'json'): Promise<unknown>
  put(key: string, value: string, options?: { expirationTtl?: number }): Promise<void>
}

/** Pending transactions in Workers KV, expiring on their own after the memory period. */
export class KvPendingStore implements PendingStore {
  constructor(private readonly kv: KvLike) {}

  async get(hash: Hash) {
    return ((await this.kv.get(`pending:${hash}`, 'json')) as SeenPending | null) ?? undefined
  }

  async put(hash: Hash, seen: SeenPending) {
    await this.kv.put(`pending:${hash}`, JSON.stringify(seen), { expirationTtl: Math.round(pendingMemoryMs / 1000) })
  }
}
