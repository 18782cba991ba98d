import type { Address, Hash } from 'viem'

/** A pending transaction as it was when txdoctor last saw it: enough to tell "replaced" from "dropped" later. */
export type SeenPending = {
  chainId: number
  from: Address
  nonce: number
  /** Decimal strings, so every store can keep them as JSON. */
  maxFeePerGas?: string
  gasPrice?: string
  /** The chain's head when it was seen: where a search for its replacement starts. */
  seenAtBlock: string
  seenAt: number
  /** When it was first seen waiting (Unix ms): it has waited at least since then. Older entries lack it. */
  firstSeenAt?: number
  /** What it was (a transfer of what to whom …), as JSON, so an answer about it once it vanished can say so. */
  subject?: Record<string, unknown>
}

/**
 * Where pending transactions are remembered for a few days: memory in a server, a file for the CLI, KV on
 * Workers. Losing an entry only costs precision (TX_DROPPED/TX_REPLACED becomes TX_NOT_FOUND), so every
 * implementation may forget.
 */
export interface PendingStore {
  get(hash: Hash): Promise<SeenPending | undefined>
  put(hash: Hash, seen: SeenPending): Promise<void>
}

/** How long a pending transaction is remembered: long enough for "my transfer from Friday vanished". */
export const pendingMemoryMs = 4 * 24 * 3_600_000

/** A bounded in-memory store: oldest entries go first once it is full. */
export class MemoryPendingStore implements PendingStore {
  private readonly entries = new Map<Hash, SeenPending>()
  constructor(private readonly maxEntries = 50_000) {}

  async get(hash: Hash) {
    const seen = this.entries.get(hash)
    if (seen && Date.now() - seen.seenAt > pendingMemoryMs) {
      this.entries.delete(hash)
      return undefined
    }
    return seen
  }

  async put(hash: Hash, seen: SeenPending) {
    this.entries.delete(hash)
    this.entries.set(hash, seen)
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
  }
}
