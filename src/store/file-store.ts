import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Hash } from 'viem'
import { pendingMemoryMs, type PendingStore, type SeenPending } from './pending-store.js'

/** Where the CLI remembers pending transactions between runs: `$XDG_CACHE_HOME/txdoctor/pending.json`. */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'txdoctor', 'pending.json')
}

const maxEntries = 2_000

/**
 * A small JSON file: a CLI run is one process, so memory would forget everything. Corrupt or unreadable files
 * are treated as empty; writes go through a temporary file so a crash never leaves half a file.
 */
export class FilePendingStore implements PendingStore {
  constructor(private readonly path: string = defaultStorePath()) {}

  private async load(): Promise<Record<string, SeenPending>> {
    try {
      const entries = JSON.parse(await readFile(this.path, 'utf8')) as Record<string, SeenPending>
      return typeof entries === 'object' && entries ? entries : {}
    } catch {
      return {}
    }
  }

  async get(hash: Hash) {
    const seen = (await this.load())[hash]
    return seen && Date.now() - seen.seenAt <= pendingMemoryMs ? seen : undefined
  }

  async put(hash: Hash, seen: SeenPending) {
    const fresh = Object.entries({ ...(await this.load()), [hash]: seen })
      .filter(([, s]) => Date.now() - s.seenAt <= pendingMemoryMs)
      .sort(([, a], [, b]) => b.seenAt - a.seenAt)
      .slice(0, maxEntries)
    await mkdir(dirname(this.path), { recursive: true })
    const temporary = `${this.path}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify(Object.fromEntries(fresh)))
    await rename(temporary, this.path)
  }
}
