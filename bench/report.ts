import { readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import type { Throughput } from './extras.js'
import type { Summary } from './measure.js'

type Traffic = { requests: number; calls: number; roundTrips: number; time: Summary }

export type Row = {
  situation: string
  /** txdoctor in-process (what the API and MCP server spend per answer). */
  txdoctor: Traffic
  /** `txdoctor …` as a command: process start-up included. */
  cli: Summary
  naive: Traffic
  cast: Traffic & { commands: number }
}

export type Report = {
  rows: Row[]
  extras: { startup: { version: Summary; offline: Summary }; throughput: Throughput; worker: { kib: number; gzipKib: number } }
  latencyMs: number
  logRangeLimit: number
  runs: number
  slowRuns: number
}

const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`)
const times = (value: number) => `${value >= 10 ? Math.round(value) : value.toFixed(1)}×`
/** "3.2× faster", or "1.3× slower" when the ratio is below one. */
const faster = (ratio: number) => (ratio >= 1 ? `${times(ratio)} faster` : `${times(1 / ratio)} slower`)

/** The table (README and bench/results.md), and the full figures as JSON. */
export function writeReport(report: Report): { table: string; files: string[] } {
  const { rows, extras, latencyMs, logRangeLimit, runs, slowRuns } = report
  const header = [
    '| situation | txdoctor: requests · round trips · calls | txdoctor median / p95 | CLI median | naive client: requests · median | `cast` by hand: commands · requests · median | CLI vs `cast` | txdoctor vs `cast` | txdoctor vs naive |',
    '|---|---|---|---|---|---|---|---|---|',
  ]
  const lines = rows.map((r) =>
    [
      r.situation,
      `${r.txdoctor.requests} · ${r.txdoctor.roundTrips} · ${r.txdoctor.calls}`,
      `${ms(r.txdoctor.time.median)} / ${ms(r.txdoctor.time.p95)}`,
      ms(r.cli.median),
      `${r.naive.requests} · ${ms(r.naive.time.median)}`,
      `${r.cast.commands} · ${r.cast.requests} · ${ms(r.cast.time.median)}`,
      faster(r.cast.time.median / r.cli.median),
      faster(r.cast.time.median / r.txdoctor.time.median),
      faster(r.naive.time.median / r.txdoctor.time.median),
    ].join(' | '),
  )
  const { startup, throughput, worker } = extras
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${cpus().length} cores, Node ${process.versions.node}) by \`npm run bench\`: a local anvil behind a proxy adding ${latencyMs} ms to every HTTP request and refusing \`eth_getLogs\` over ${logRangeLimit} blocks, as public nodes do. ` +
      `txdoctor and its CLI: ${runs} runs each; the naive client and \`cast\`: ${slowRuns}. Requests and round trips are counted at the proxy.`,
    '',
    ...header,
    ...lines.map((l) => `| ${l} |`),
    '',
    `- CLI start-up: \`txdoctor --version\` ${ms(startup.version.median)}, a Bitcoin address answered (no node) ${ms(startup.offline.median)} (medians).`,
    `- Cached answers from \`txdoctor serve\`: ${Math.round(throughput.perSecond)} per second, median ${ms(throughput.latency.median)}, p95 ${ms(throughput.latency.p95)} (${throughput.requests} requests, ${throughput.concurrency} at a time, client and server on the same ${cpus().length} cores${throughput.cached ? '' : '; NOT served from cache'}).`,
    `- Worker bundle (\`wrangler deploy --dry-run\`): ${worker.gzipKib} KiB gzip (${worker.kib} KiB raw); budget 300 KiB gzip.`,
    '',
    '"txdoctor" is the engine in a running process, as the API, the web form and MCP use it (it has answered each question once before, as a running server would have, so what it learned about the nodes, such as their log-range limit, applies); "CLI" is `txdoctor …` as a command, starting fresh each time, start-up included. Naive client: the same calls as txdoctor, each in its own HTTP request, one after another. `cast`: the commands a person would type for the same question (bench/situations.ts lists them), each a new process, so its times include start-up as the CLI column does.',
  ].join('\n')

  writeFileSync('bench/results.md', `# Benchmark results\n\n${table}\n`)
  writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`)
  const readme = readFileSync('README.md', 'utf8')
  const marked = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/
  if (!marked.test(readme)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> section')
  writeFileSync('README.md', readme.replace(marked, (_, start: string, end: string) => `${start}${table}${end}`))
  return { table, files: ['bench/results.md', 'bench/results.json', 'README.md'] }
}
