import { freePort } from '../test/harness/anvil.js'
import { startProcess } from '../test/helpers/processes.js'
import { run, summarize, timed, type Summary } from './measure.js'

/** How long `txdoctor` takes to start and answer with no node involved: --version, and a Bitcoin address (TRON's are read on TRON now). */
export async function cliStartup(runs: number): Promise<{ version: Summary; offline: Summary }> {
  const env = { PATH: process.env.PATH ?? '' }
  const sample = async (args: string[]) => {
    const samples: number[] = []
    for (let i = 0; i < runs; i++) samples.push(await timed(() => run(process.execPath, ['dist/cli.js', ...args], env)))
    return summarize(samples)
  }
  return { version: await sample(['--version']), offline: await sample(['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2']) }
}

export type Throughput = { requests: number; concurrency: number; perSecond: number; latency: Summary; cached: boolean }

/**
 * Cached answers per second from `txdoctor serve` in its own process, asked by this one over keep-alive
 * connections (both share this machine's cores, so this is a floor, not a capacity).
 */
export async function serverThroughput(env: Record<string, string>, hash: string, requests = 3_000, concurrency = 16): Promise<Throughput> {
  const port = await freePort()
  const server = await startProcess(process.execPath, ['dist/cli.js', 'serve', '--port', String(port)], {
    env: { ...env, TXDOCTOR_RATE_LIMIT_PER_MINUTE: '100000' },
    ready: /listening/,
  })
  try {
    const url = `http://127.0.0.1:${port}/v1/tx/${hash}`
    await (await fetch(url)).json() // the first answer asks the nodes and fills the cache
    const cached = ((await (await fetch(url)).json()) as { meta: { cached?: boolean } }).meta.cached === true
    const latencies: number[] = []
    let next = 0
    const start = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < requests) latencies.push(await timed(async () => (await fetch(url)).arrayBuffer()))
      }),
    )
    const seconds = (performance.now() - start) / 1000
    return { requests, concurrency, perSecond: requests / seconds, latency: summarize(latencies), cached }
  } finally {
    await server.stop()
  }
}
