import type { ChainSpec } from '../core/chain-spec.js'
import { InputError } from '../core/errors.js'
import type { Diagnosis, Finding, Input, Status } from '../core/types.js'
import { findChain, isTron } from '../config/chains.js'
import type { Config } from '../config/config.js'
import { classify } from '../input/classify.js'
import { createRpcSession, type SessionOptions } from '../rpc/session.js'
import { MemoryPendingStore, type PendingStore } from '../store/pending-store.js'
import { version } from '../version.js'
import { chainRef, type DiagnoseContext, type DiagnoseOptions, type Outcome } from './context.js'
import { deadline } from './deadline.js'
import { checkOffline } from './offline-checks.js'
import { serviceFindings } from './service-checks.js'
import { checkNode } from './rpc/check-node.js'
import { probeNode } from './rpc/probe-node.js'
import { diagnoseTransaction } from './tx/diagnose-tx.js'
import { diagnoseAddress } from './address/diagnose-address.js'
import { diagnoseApprovals } from './approvals/diagnose-approvals.js'
import type { TronSpec } from '../core/tron-spec.js'
import { diagnoseTronAddress } from './tron/diagnose-tron-address.js'
import { diagnoseTronTransaction } from './tron/diagnose-tron-tx.js'
import { diagnoseOnEveryNetwork } from './tron/search-everywhere.js'

export type DiagnoseEnvironment = {
  config: Config
  now?: () => number
  /** Where pending transactions are remembered; a process-wide memory store unless the runtime has better. */
  store?: PendingStore
} & SessionOptions

const processStore = new MemoryPendingStore()

/**
 * The one engine behind every channel: understands the input, asks the nodes, runs the checks.
 * Returns a `Diagnosis` (no words yet); `explain` renders it.
 *
 * @example const answer = explain(await diagnose('0x…', {}, { config }), { level: 'novice', lang: 'en' })
 */
export async function diagnose(text: string, options: DiagnoseOptions, env: DiagnoseEnvironment): Promise<Diagnosis> {
  const now = env.now ?? Date.now
  const started = now()
  const input = classify(text, { chains: env.config.knownChains })
  const isTransaction = input.kind === 'transaction' || input.kind === 'non-evm-transaction'
  if (options.expect && isTransaction !== (options.expect === 'transaction'))
    throw new InputError(
      `This is not ${options.expect === 'transaction' ? 'a transaction hash' : 'an address'}.`,
      `Use /v1/diagnose?q=… for any input, or /v1/${options.expect === 'transaction' ? 'address' : 'tx'}/… for this one.`,
    )
  const tron = tronTarget(input, options, env.config)
  const chain = tron?.only ? undefined : targetChain(input, options, env.config)
  return withContext(env, now, async (ctx) => {
    const outcome = options.approvals
      ? await diagnoseApprovals(ctx, input, chain, options.onProgress)
      : tron
        ? await tronOutcome(input, tron, chain, ctx)
        : (offlineOutcome(input) ?? (await onlineOutcome(input, chain, ctx)))
    return toDiagnosis(text, outcome, ctx, started)
  })
}

/**
 * `txdoctor rpc <url>`: checks one node the user names (the CLI only: URLs never come from HTTP requests). When
 * the chain is known and configured, its configured nodes give the reference head for "how far behind".
 */
export async function diagnoseNode(url: string, options: DiagnoseOptions, env: DiagnoseEnvironment): Promise<Diagnosis> {
  const now = env.now ?? Date.now
  const started = now()
  // The CLI's own command, on the user's machine: any chain txdoctor knows can be the reference.
  const chain = options.chain ? (findChain(options.chain, env.config.knownChains) ?? namedChain(options.chain, env.config)) : undefined
  let parsed: URL
  try {
    parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http')
  } catch {
    throw new InputError(`"${url.slice(0, 80)}" is not an http(s) URL.`, 'Example: txdoctor rpc https://mainnet.base.org --chain base')
  }
  return withContext(env, now, async (ctx) => {
    const referenceHead = chain && chain.rpcUrls.some((u) => u !== url) ? () => ctx.session.client({ ...chain, rpcUrls: chain.rpcUrls.filter((u) => u !== url) }).getBlockNumber() : undefined
    const probe = await probeNode(url, chain, { timeoutMs: env.config.rpcTimeoutMs, ...(env.fetchFn ? { fetchFn: env.fetchFn } : {}), now, ...(referenceHead ? { referenceHead } : {}) })
    const outcome = checkNode(probe)
    return toDiagnosis(parsed.origin, outcome, ctx, started)
  })
}

/** One diagnosis's context (RPC session, deadline, store), released when the work ends however it ends. */
async function withContext<result>(env: DiagnoseEnvironment, now: () => number, work: (ctx: DiagnoseContext) => Promise<result>): Promise<result> {
  const budget = deadline(env.config.timeoutMs)
  // Ends what the diagnosis started and did not wait for (an offchain gateway request, say) once it answers.
  const finished = new AbortController()
  const session = createRpcSession(env.config, { fetchFn: env.fetchFn, gatewayFetch: env.gatewayFetch, signal: AbortSignal.any([budget.signal, finished.signal]) })
  try {
    return await work({ config: env.config, session, signal: budget.signal, now, store: env.store ?? processStore })
  } finally {
    budget.clear()
    finished.abort(new Error('the diagnosis has answered'))
  }
}

function toDiagnosis(text: string, outcome: Outcome, ctx: DiagnoseContext, started: number): Diagnosis {
  const { stats } = ctx.session
  const now = ctx.now
  const failures = outcome.failures ?? []
  const findings = [...outcome.findings, ...serviceFindings(stats.problems, failures)]
  return {
    input: text.trim().slice(0, 200),
    kind: outcome.kind,
    ...(outcome.chain ? { chain: chainRef(outcome.chain) } : {}),
    status: outcome.status,
    findings,
    facts: outcome.facts ?? {},
    untrusted: outcome.untrusted ?? {},
    meta: {
      rpcRequests: stats.requests,
      rpcCalls: stats.calls,
      roundTrips: stats.roundTrips,
      durationMs: Math.round(now() - started),
      partial: failures.length > 0,
      checkedChains: outcome.checkedChains.map((c) => c.id),
      version,
    },
  }
}

/** Inputs answered without asking any node: another network's transaction or address, a mistyped address. */
function offlineOutcome(input: Input): Outcome | undefined {
  const offline = checkOffline(input)
  return offline && { ...offline, checkedChains: [] }
}

/**
 * Where TRON is asked (when this server checks it): `only` for a TRON address, a Tronscan link or `--chain tron`;
 * alongside the EVM chains for a 64-hex id pasted with no network named (it may be either's).
 */
function tronTarget(input: Input, options: DiagnoseOptions, config: Config): { spec: TronSpec; only: boolean } | undefined {
  const named = options.chain !== undefined && isTron(options.chain, config.knownTron)
  const tronInput = (input.kind === 'non-evm-address' || input.kind === 'non-evm-transaction') && input.network === 'tron'
  if (named && !config.tron) throw notChecked(config.knownTron, config)
  if (!config.tron) return undefined
  if (named && input.kind !== 'transaction' && !tronInput)
    throw new InputError('This is not a TRON address or transaction id.', 'TRON addresses start with T (34 characters); TRON transaction ids are 64 hex characters.', { reason: 'unrecognised', text: input.kind === 'ens' ? input.name : 'address' in input ? input.address : '' })
  if (named || tronInput) return { spec: config.tron, only: true }
  if (input.kind === 'transaction' && !input.chain && options.chain === undefined) return { spec: config.tron, only: false }
  return undefined
}

function tronOutcome(input: Input, tron: { spec: TronSpec; only: boolean }, chain: ChainSpec | undefined, ctx: DiagnoseContext): Promise<Outcome> {
  if (input.kind === 'non-evm-address') return diagnoseTronAddress(ctx, tron.spec, input.address)
  const id = input.kind === 'non-evm-transaction' ? input.id : input.kind === 'transaction' ? input.hash.slice(2) : undefined
  if (id === undefined) return onlineOutcome(input, chain, ctx)
  if (tron.only) return diagnoseTronTransaction(ctx, tron.spec, id)
  return diagnoseOnEveryNetwork(ctx, input as Extract<Input, { kind: 'transaction' }>, tron.spec)
}

function onlineOutcome(input: Input, chain: ChainSpec | undefined, ctx: DiagnoseContext): Promise<Outcome> {
  if (input.kind === 'transaction') return diagnoseTransaction(ctx, input, chain)
  if (input.kind === 'address' || input.kind === 'ens') return diagnoseAddress(ctx, input, chain)
  throw new InputError('This input cannot be diagnosed.')
}

/**
 * The chain a user named (id, key or alias). Only enabled chains are contacted: a server's operator chose them,
 * and a request must not make it reach other networks' public nodes. A chain txdoctor knows but does not check
 * here is a bad input that says which networks it does check.
 */
function namedChain(name: string, config: Config): ChainSpec {
  const enabled = findChain(name, config.chains)
  if (enabled) return enabled
  const known = findChain(name, config.knownChains)
  if (known) throw notChecked(known, config)
  const examples = config.chains.slice(0, 5).map((c) => c.key)
  throw new InputError(`"${name.slice(0, 40)}" is not a network txdoctor knows.`, `Name a network by id or name, such as ${examples.join(', ')}.`, { reason: 'unknown-network', name: name.slice(0, 40), examples })
}

function notChecked(chain: Pick<ChainSpec, 'name'>, config: Config): InputError {
  const checked = config.chains.map((c) => c.name)
  return new InputError(`${chain.name} is not among the networks this txdoctor checks.`, `It checks ${checked.join(', ')}.`, { reason: 'network-not-checked', network: chain.name, checked })
}

/** The chain to look at: the one the user named, else the one the input names (explorer, prefix), else none. */
function targetChain(input: Input, options: DiagnoseOptions, config: Config): ChainSpec | undefined {
  if (options.chain) return namedChain(options.chain, config)
  const hinted = 'chain' in input && input.chain ? input.chain.chainId : undefined
  if (hinted === undefined) return undefined
  const chain = config.chains.find((c) => c.id === hinted)
  if (chain) return chain
  const known = config.knownChains.find((c) => c.id === hinted)
  if (known) throw notChecked(known, config)
  const checked = config.chains.map((c) => c.name)
  throw new InputError(`Chain ${hinted} is not a network txdoctor checks.`, `It checks ${checked.join(', ')}.`, { reason: 'network-not-checked', network: `${hinted}`, checked })
}
