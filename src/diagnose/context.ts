import type { ChainSpec } from '../core/chain-spec.js'
import type { TronSpec } from '../core/tron-spec.js'
import type { Config } from '../config/config.js'
import type { ChainRef } from '../core/facts.js'
import type { Diagnosis, Finding, Status } from '../core/types.js'
import type { RpcSession } from '../rpc/session.js'
import type { PendingStore } from '../store/pending-store.js'

/** What a diagnosis needs from its surroundings: configuration, one RPC session, a clock and a deadline. */
export type DiagnoseContext = {
  config: Config
  session: RpcSession
  /** Aborted when the whole-request budget runs out. */
  signal: AbortSignal
  now: () => number
  /** Remembers pending transactions, so a vanished one can be told replaced or dropped. */
  store: PendingStore
}

export type DiagnoseOptions = {
  /** The chain the user named (id, key or alias); overrides a chain found in the input. */
  chain?: string | undefined
  /** Scan the address's standing approvals instead of diagnosing it. */
  approvals?: boolean | undefined
  /** The kind the caller asked for (`/v1/tx/…`, `/v1/address/…`): any other kind is a bad input. */
  expect?: 'transaction' | 'address' | undefined
  /** Approval scans: blocks scanned so far per chain (the CLI shows it on stderr). */
  onProgress?: ((chain: ChainSpec, done: bigint, total: bigint) => void) | undefined
}

export const chainRef = (chain: Pick<ChainSpec, 'id' | 'name'>): ChainRef => ({ id: chain.id, name: chain.name })

/** A chain that failed or ran out of time, for DIAGNOSIS_PARTIAL. */
export type Failure = { what: string; why: string }

/** What a kind-specific diagnosis returns; `diagnose` adds the input, the meta and the partial flag. */
export type Outcome = {
  kind: Diagnosis['kind']
  status: Status
  chain?: ChainSpec | TronSpec | undefined
  findings: Finding[]
  facts?: Record<string, unknown>
  untrusted?: Diagnosis['untrusted']
  checkedChains: (ChainSpec | TronSpec)[]
  failures?: Failure[]
}
