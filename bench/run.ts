/**
 * npm run bench: how fast txdoctor answers, and at what cost in node requests, against a real local node made to
 * behave like a public one (150 ms per HTTP request, a 500-block eth_getLogs limit). In the same run and against
 * the same nodes: the same questions answered by hand with Foundry's `cast`, and by a naive client that sends
 * each call in its own request. Writes bench/results.md, bench/results.json and the README's table.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../src/config/config.js'
import { diagnose } from '../src/diagnose/diagnose.js'
import { MemoryPendingStore } from '../src/store/pending-store.js'
import { foundryBinary } from '../test/harness/anvil.js'
import { startLab } from '../test/harness/lab.js'
import { prunedState, refuseLogRangesOver, roundTripsOf, startRpcProxy } from '../test/helpers/rpc-proxy.js'
import { workerBundle } from '../test/helpers/worker-bundle.js'
import { cliStartup, serverThroughput } from './extras.js'
import { naiveFetch, run, summarize, timed } from './measure.js'
import { writeReport, type Row } from './report.js'
import { logRangeLimit, seedSituations } from './situations.js'

const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 7))
const slowRuns = Math.max(3, Math.ceil(runs / 2))
const latencyMs = 150

const lab = await startLab({ timeoutMs: 30_000 })
const proxies = await Promise.all([
  ...[lab.a.url, lab.b.url].map((target) => startRpcProxy({ target, delayMs: latencyMs, answer: refuseLogRangesOver(logRangeLimit) })),
  // A full node as public endpoints run them: no tracing or pool, no state but the newest (geth's own error).
  startRpcProxy({ target: lab.a.url, delayMs: latencyMs, refuse: ['debug_*', 'trace_*', 'txpool_*'], answer: prunedState(refuseLogRangesOver(logRangeLimit)) }),
])
const [a, b, prunedA] = proxies as [(typeof proxies)[0], (typeof proxies)[0], (typeof proxies)[0]]

try {
  console.error('Seeding situations on two local chains…')
  const situations = await seedSituations(lab, { a: a.url, b: b.url, prunedA: prunedA.url })
  const env = { TXDOCTOR_CHAINS: '31337,31338', TXDOCTOR_RPC_31337: a.url, TXDOCTOR_RPC_31338: b.url, TXDOCTOR_TIMEOUT_MS: '60000', TXDOCTOR_RPC_TIMEOUT_MS: '30000' }
  const config = loadConfig(env)
  const prunedEnv = { ...env, TXDOCTOR_RPC_31337: prunedA.url }
  const prunedConfig = loadConfig(prunedEnv)
  const cast = foundryBinary('cast')
  const cliEnv = { PATH: process.env.PATH ?? '', ...env, TXDOCTOR_STORE: join(mkdtempSync(join(tmpdir(), 'txdoctor-bench-')), 'pending.json') }

  /** Runs `work` `times` times; counts what reached the nodes on the first run (the same every run). */
  const measure = async (times: number, work: () => Promise<unknown>) => {
    const samples: number[] = []
    let traffic = { requests: 0, calls: 0, roundTrips: 0 }
    for (let i = 0; i < times; i++) {
      for (const proxy of proxies) Object.assign(proxy.stats, { requests: 0, calls: 0, spans: [] })
      samples.push(await timed(work))
      if (i === 0)
        traffic = {
          requests: proxies.reduce((sum, p) => sum + p.stats.requests, 0),
          calls: proxies.reduce((sum, p) => sum + p.stats.calls, 0),
          roundTrips: roundTripsOf(proxies.flatMap((p) => p.stats.spans)),
        }
    }
    return { ...traffic, time: summarize(samples) }
  }

  const rows: Row[] = []
  for (const s of situations) {
    console.error(`· ${s.name}`)
    const ask = (fetchFn?: typeof fetch) => diagnose(s.input, s.options, { config: s.pruned ? prunedConfig : config, store: new MemoryPendingStore(), ...(fetchFn ? { fetchFn } : {}) })
    const codes = (await ask()).findings.map((f) => f.code)
    if (!codes.includes(s.expect as never)) throw new Error(`${s.name}: expected ${s.expect}, got ${codes.join(', ')}`)
    const cliArgs = ['dist/cli.js', ...(s.options.approvals ? ['approvals'] : []), s.input, ...(s.options.chain ? ['--chain', s.options.chain] : [])]
    rows.push({
      situation: s.name,
      txdoctor: await measure(runs, () => ask()),
      cli: (await measure(runs, () => run(process.execPath, cliArgs, s.pruned ? { ...cliEnv, ...prunedEnv } : cliEnv))).time,
      naive: await measure(slowRuns, () => ask(naiveFetch())),
      cast: { commands: s.cast.length, ...(await measure(slowRuns, async () => { for (const args of s.cast) await run(cast, args) })) },
    })
  }

  console.error('· CLI start-up, server throughput, Worker bundle')
  const extras = {
    startup: await cliStartup(runs),
    throughput: await serverThroughput(env, situations[0]!.input),
    worker: await workerBundle(),
  }
  const where = writeReport({ rows, extras, latencyMs, logRangeLimit, runs, slowRuns })
  console.log(where.table)
  console.error(`\nWritten: ${where.files.join(', ')}`)
} finally {
  await Promise.all(proxies.map((p) => p.close()))
  await lab.stop()
}

