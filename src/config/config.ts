import * as z from 'zod'
import { chainRegistry } from '../../chains/index.js'
import tronMainnet from '../../chains/tron.js'
import type { TronSpec } from '../core/tron-spec.js'
import type { ChainSpec } from '../core/chain-spec.js'
import { ConfigError } from '../core/errors.js'
import { findChain, genericChain, isTron } from './chains.js'

/** Settings every runtime shares. Read from env (Node, CLI) or `[vars]` (Workers) with the same names. */
export type Config = {
  /** Enabled chains, RPC overrides applied, in registry order. */
  chains: ChainSpec[]
  /** Chains that can be asked for by name even when not enabled (testnets, devnet, configured ids). */
  knownChains: ChainSpec[]
  /**
   * TRON, read through a full node's HTTP API, when enabled: by default, or when TXDOCTOR_CHAINS names `tron`.
   * `knownTron` is it with `TXDOCTOR_RPC_TRON` applied, enabled or not (the CLI's `--chain tron` enables it).
   */
  tron?: TronSpec | undefined
  knownTron: TronSpec
  /** Whole-request budget: past it, answer with what is known and flag it partial. */
  timeoutMs: number
  /** One attempt at one endpoint. Short, so a dead node costs little before the next is tried. */
  rpcTimeoutMs: number
  /** Requests per minute per client on the HTTP API. */
  rateLimitPerMinute: number
  /** Reverse proxies in front of the Node server whose X-Forwarded-For is believed; 0: the socket names the client. */
  trustedProxies: number
  /** Browser origins allowed to call POST /mcp; none by default (MCP clients are not web pages). */
  mcpOrigins: string[]
}

export type Env = Record<string, string | undefined>

/** What the CLI's flags may override; they win over the environment. */
export type ConfigOverrides = { chains?: string | undefined; rpc?: string[] | undefined }

const defaults = { timeoutMs: 10_000, rpcTimeoutMs: 3_500, rateLimitPerMinute: 60, trustedProxies: 0 }

const integer = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback
      const n = Number(value)
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number from ${min} to ${max}, got "${value}".` })
        return z.NEVER
      }
      return n
    })

const rpcUrl = z.string().refine((url) => {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol)
  } catch {
    return false
  }
})

/**
 * Validates and resolves configuration (DESIGN §7). A wrong value is a `ConfigError` naming the setting and
 * what it accepts.
 *
 * @example loadConfig({ TXDOCTOR_CHAINS: 'base,arb', TXDOCTOR_RPC_8453: 'http://127.0.0.1:8545' })
 */
export function loadConfig(env: Env, overrides: ConfigOverrides = {}): Config {
  const numbers = z
    .object({
      TXDOCTOR_TIMEOUT_MS: integer('TXDOCTOR_TIMEOUT_MS', 1_000, 60_000, defaults.timeoutMs),
      TXDOCTOR_RPC_TIMEOUT_MS: integer('TXDOCTOR_RPC_TIMEOUT_MS', 200, 30_000, defaults.rpcTimeoutMs),
      TXDOCTOR_RATE_LIMIT_PER_MINUTE: integer('TXDOCTOR_RATE_LIMIT_PER_MINUTE', 1, 100_000, defaults.rateLimitPerMinute),
      TXDOCTOR_TRUSTED_PROXIES: integer('TXDOCTOR_TRUSTED_PROXIES', 0, 10, defaults.trustedProxies),
    })
    .safeParse(env)
  if (!numbers.success) throw new ConfigError(numbers.error.issues.map((i) => i.message).join(' '))

  const { tron: tronUrls, ...evmEnv } = splitTronOverrides(env, overrides.rpc ?? [])
  const knownTron = tronUrls ? { ...tronMainnet, rpcUrls: tronUrls } : tronMainnet
  const rpcOverrides = readRpcOverrides(evmEnv.env, evmEnv.flags)
  const knownChains = [
    ...chainRegistry.map((c) => (rpcOverrides.has(c.id) ? { ...c, rpcUrls: rpcOverrides.get(c.id)! } : c)),
    ...[...rpcOverrides].filter(([id]) => !chainRegistry.some((c) => c.id === id)).map(([id, urls]) => genericChain(id, urls)),
  ]

  const chainList = overrides.chains ?? env.TXDOCTOR_CHAINS
  const listed = chainList?.trim() ? listsTron(chainList) : undefined
  const chains = listed
    ? parseChainList(listed.evm, knownChains)
    : knownChains.filter((c) => !c.optIn || rpcOverrides.has(c.id))
  // TRON is on by default, like the mainnets; a chain list turns it on only by naming it.
  const tron = !listed || listed.tron ? knownTron : undefined

  return {
    chains,
    knownChains,
    tron,
    knownTron,
    timeoutMs: numbers.data.TXDOCTOR_TIMEOUT_MS,
    rpcTimeoutMs: Math.min(numbers.data.TXDOCTOR_RPC_TIMEOUT_MS, numbers.data.TXDOCTOR_TIMEOUT_MS),
    rateLimitPerMinute: numbers.data.TXDOCTOR_RATE_LIMIT_PER_MINUTE,
    trustedProxies: numbers.data.TXDOCTOR_TRUSTED_PROXIES,
    mcpOrigins: readOrigins(env.TXDOCTOR_MCP_ORIGINS),
  }
}

const isTronName = (name: string) => isTron(name, tronMainnet)

/** A chain list's TRON entry, taken apart from its EVM chains (`all` includes TRON). */
function listsTron(list: string): { evm: string; tron: boolean } {
  const names = list.split(',').map((n) => n.trim()).filter(Boolean)
  const evm = names.filter((n) => !isTronName(n))
  const all = names.length === 1 && names[0]!.toLowerCase() === 'all'
  return { evm: evm.join(','), tron: all || evm.length < names.length }
}

/** `TXDOCTOR_RPC_TRON=url,url` and `--rpc tron=<url>` (TRON is named, not numbered: its nodes speak HTTP, not JSON-RPC). */
function splitTronOverrides(env: Env, flags: string[]): { tron?: string[]; env: Env; flags: string[] } {
  const { TXDOCTOR_RPC_TRON: fromEnv, ...rest } = env
  const tronFlags = flags.filter((f) => /^tron=/i.test(f.trim()))
  const urls = tronFlags.length ? tronFlags.flatMap((f) => splitUrls(f.trim().slice(5), `--rpc ${f}`)) : fromEnv?.trim() ? splitUrls(fromEnv, 'TXDOCTOR_RPC_TRON') : undefined
  return { ...(urls ? { tron: urls } : {}), env: rest, flags: flags.filter((f) => !tronFlags.includes(f)) }
}

/** `TXDOCTOR_RPC_<chainId>=url,url` and `--rpc <chainId>=<url>` (flags replace the env for that chain). */
function readRpcOverrides(env: Env, flags: string[]): Map<number, string[]> {
  const urls = new Map<number, string[]>()
  for (const [key, value] of Object.entries(env)) {
    const match = /^TXDOCTOR_RPC_(.+)$/.exec(key)
    if (!match || match[1] === 'TIMEOUT_MS' || !value?.trim()) continue
    if (!/^\d+$/.test(match[1]!)) throw new ConfigError(`${key}: the part after TXDOCTOR_RPC_ must be a chain id, such as TXDOCTOR_RPC_8453.`)
    urls.set(Number(match[1]), splitUrls(value, key))
  }
  const fromFlags = new Map<number, string[]>()
  for (const flag of flags) {
    const match = /^(\d+)=(.+)$/.exec(flag.trim())
    if (!match) throw new ConfigError(`--rpc ${flag}: expected <chainId>=<url>, such as --rpc 8453=https://mainnet.base.org.`)
    const id = Number(match[1])
    fromFlags.set(id, [...(fromFlags.get(id) ?? []), ...splitUrls(match[2]!, `--rpc ${flag}`)])
  }
  return new Map([...urls, ...fromFlags])
}

/** `TXDOCTOR_MCP_ORIGINS=https://app.example,https://other.example`: exact origins, scheme and host (and port). */
function readOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(',').map((o) => o.trim()).filter(Boolean)
  for (const origin of origins)
    if (!rpcUrl.safeParse(origin).success || new URL(origin).origin !== origin)
      throw new ConfigError(`TXDOCTOR_MCP_ORIGINS: "${origin}" is not an origin such as https://app.example.com (scheme and host, no path).`)
  return origins
}

function splitUrls(value: string, setting: string): string[] {
  const list = value.split(',').map((u) => u.trim()).filter(Boolean)
  for (const url of list)
    if (!rpcUrl.safeParse(url).success) throw new ConfigError(`${setting}: "${url}" is not an http(s) URL.`)
  return list
}

function parseChainList(list: string, known: ChainSpec[]): ChainSpec[] {
  const names = list.split(',').map((n) => n.trim()).filter(Boolean)
  if (names.length === 0) return []
  if (names.length === 1 && names[0]!.toLowerCase() === 'all') return known.filter((c) => !c.testnet || !c.optIn)
  const chains: ChainSpec[] = []
  for (const name of names) {
    const chain = findChain(name, known)
    if (!chain)
      throw new ConfigError(
        `TXDOCTOR_CHAINS / --chains: "${name}" is not a chain txdoctor knows.`,
        `Use chain ids or names such as ${known.slice(0, 6).map((c) => c.key).join(', ')}; for another chain id, also set TXDOCTOR_RPC_<id>.`,
      )
    if (!chains.includes(chain)) chains.push(chain)
  }
  return chains.sort((a, b) => known.indexOf(a) - known.indexOf(b))
}
