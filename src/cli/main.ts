import { findChain, isTron } from '../config/chains.js'
import { loadConfig, type Config } from '../config/config.js'
import { InputError, TxDoctorError } from '../core/errors.js'
import type { Lang } from '../core/types.js'
import { sanitizeUntrusted } from '../core/untrusted.js'
import { inReadersWords } from '../explain/error-words.js'
import { toJsonSafe } from '../core/json.js'
import { createEngine } from '../engine.js'
import { publicOnlyFetch } from '../public-fetch.js'
import { progressEn } from '../explain/en/service.js'
import { progressZh } from '../explain/zh-CN/service.js'
import { version } from '../version.js'
import { parseCli, type CliArgs } from './args.js'
import { FilePendingStore } from '../store/file-store.js'
import { helpText } from './help.js'
import { colorPalette, plainPalette, renderText } from './render-text.js'

export type Io = { stdout: (text: string) => void; stderr: (text: string) => void; env: NodeJS.ProcessEnv; isTTY: boolean }

/** Exit codes are part of the CLI's contract (see --help). */
export const exitCodes = { answered: 0, unexpected: 1, badInput: 2, noNode: 3 } as const

/** Runs one CLI invocation and returns its exit code; all output goes through `io`. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let args: CliArgs
  // Errors are told in the reader's language: the one asked for, or the environment's when the arguments failed.
  let lang: Lang = /^zh/i.test(io.env.LANG ?? io.env.LC_ALL ?? '') ? 'zh-CN' : 'en'
  try {
    args = parseCli(argv, io.env)
    lang = args.lang
    if (args.command === 'help') return io.stdout(helpText), exitCodes.answered
    if (args.command === 'version') return io.stdout(`${version}\n`), exitCodes.answered
    const config = withNamedChain(loadConfig(io.env, { chains: args.chains, rpc: args.rpc }), args.chain)
    if (args.command === 'serve') {
      const { startServer } = await import('../node.js')
      await startServer({ port: args.port, env: io.env, log: (line) => io.stderr(`${line}\n`) })
      return await new Promise<number>(() => {}) // runs until SIGINT/SIGTERM
    }
    if (args.command === 'mcp') {
      const { serveMcpOverStdio } = await import('../mcp/stdio.js')
      await serveMcpOverStdio(config)
      return await new Promise<number>(() => {}) // runs until stdin closes
    }
    if (args.command === 'chains') {
      for (const chain of [...config.chains, ...(config.tron ? [config.tron] : [])])
        io.stdout(`${String(chain.id).padStart(9)}  ${chain.key.padEnd(14)} ${chain.name}  (${chain.rpcUrls.length} node${chain.rpcUrls.length === 1 ? '' : 's'})\n`)
      return exitCodes.answered
    }
    const onProgress = args.command === 'approvals' ? progressReporter(io, progressWords[args.lang]) : undefined
    // The same engine as every other channel (no cache: each run is a new process).
    const engine = createEngine({ config, store: new FilePendingStore(io.env.TXDOCTOR_STORE || undefined), gatewayFetch: publicOnlyFetch() })
    const asked = { chain: args.chain, level: args.level, lang: args.lang, channel: 'cli' } as const
    const answer =
      args.command === 'rpc'
        ? await engine.checkNode(args.input!, asked)
        : await engine.ask(args.input!, { ...asked, approvals: args.command === 'approvals', onProgress })
    onProgress?.done()
    if (args.json) io.stdout(`${JSON.stringify(toJsonSafe(answer), null, 2)}\n`)
    else if (args.handoff) io.stdout(`${answer.handoff}\n`)
    else io.stdout(renderText(answer, useColor(args, io) ? colorPalette : plainPalette, io.env.COLUMNS ? Number(io.env.COLUMNS) : undefined))
    return exitCodes.answered
  } catch (error) {
    return reportError(error, io, lang)
  }
}

/**
 * On the user's own machine, naming a chain txdoctor knows (`--chain sepolia`) enables it for this run, as `--rpc`
 * does. Servers contact only the chains their operator enabled.
 */
function withNamedChain(config: Config, name: string | undefined): Config {
  if (name !== undefined && !config.tron && isTron(name, config.knownTron)) return { ...config, tron: config.knownTron }
  const named = name === undefined ? undefined : findChain(name, config.knownChains)
  return named && !config.chains.includes(named) ? { ...config, chains: [...config.chains, named] } : config
}

/** The progress line's words, in the reader's language (from the catalog, like every word the CLI shows). */
const progressWords: Record<Lang, typeof progressEn> = { en: progressEn, 'zh-CN': progressZh }

/** Approval scans can take a while: say how far each chain is, on stderr, so stdout stays the answer. */
function progressReporter(io: Io, words: typeof progressEn) {
  const state = new Map<string, string>()
  let last = 0
  const report = Object.assign(
    (chain: { name: string }, done: bigint, total: bigint) => {
      state.set(chain.name, `${chain.name} ${total === 0n ? 100 : Number((done * 100n) / total)}%`)
      const now = Date.now()
      if (now - last < 250 && done !== total) return
      last = now
      io.stderr(`${io.isTTY ? '\r\u001b[2K' : ''}${words.scanningApprovals([...state.values()])}${io.isTTY ? '' : '\n'}`)
    },
    { done: () => io.isTTY && io.stderr('\r\u001b[2K') },
  )
  return report
}

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org), and as the flags say. */
function useColor(args: CliArgs, io: Io): boolean {
  if (args.color !== undefined) return args.color
  return io.isTTY && !('NO_COLOR' in io.env) && io.env.TERM !== 'dumb'
}

function reportError(error: unknown, io: Io, lang: Lang): number {
  if (error instanceof TxDoctorError) {
    const noNode = error.code === 'NO_NODE_REACHABLE'
    if (lang === 'en') {
      io.stderr(`txdoctor: ${error.shortMessage}\n${error.hint ? `${error.hint}\n` : ''}`)
      // On the command line the reader runs txdoctor: say how to give it a node of their own.
      if (noNode) io.stderr('Or point txdoctor at a node you trust: --rpc <chainId>=<url> (or TXDOCTOR_RPC_<chainId>); for TRON, --rpc tron=<url> (or TXDOCTOR_RPC_TRON).\n')
    } else {
      // The catalog's words; a node's own message stays as data, for whoever looks into it. An option's error (no
      // reason to word) keeps its own words: options are spelled in English anyway.
      const own = { detail: error.shortMessage, hint: error.hint ?? '' }
      const words = error instanceof InputError && !error.why ? own : inReadersWords(error.code, own, error, lang)
      io.stderr(`txdoctor：${words.detail}\n${words.hint}\n`)
      if (noNode) io.stderr(`或者用 --rpc <链 ID>=<URL>（或 TXDOCTOR_RPC_<链 ID>）指定你信任的节点；波场（TRON）用 --rpc tron=<URL>（或 TXDOCTOR_RPC_TRON）。\n详情：«${sanitizeUntrusted(error.shortMessage)}»\n`)
    }
    return noNode ? exitCodes.noNode : exitCodes.badInput
  }
  io.stderr(`txdoctor: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`)
  return exitCodes.unexpected
}
