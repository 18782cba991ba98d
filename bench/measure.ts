import { spawn } from 'node:child_process'

/** Runs a command to completion; its output is discarded (the benchmark counts time and requests, not text). */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'ignore'] })
    child.once('error', reject)
    child.once('exit', (code) => resolve(code ?? 1))
  })
}

/** Milliseconds `work` takes. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

export type Summary = { median: number; p95: number; runs: number }

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  return { median: at(0.5), p95: at(0.95), runs: sorted.length }
}

/**
 * A naive JSON-RPC client: the same calls as txdoctor, but each in its own HTTP request, one after another,
 * as a script that awaits every call in turn would make them. Installed as txdoctor's fetch, so the calls
 * (and the answer) are identical and only the way they travel differs.
 */
export function naiveFetch(): typeof fetch {
  let previous: Promise<unknown> = Promise.resolve()
  const one = (url: string, call: unknown) => {
    const next = previous.then(async () => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call) })
      return response.json()
    })
    previous = next.catch(() => undefined)
    return next
  }
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input)
    const body = JSON.parse(String(init?.body)) as unknown
    const answers = Array.isArray(body) ? await Promise.all(body.map((call) => one(url, call))) : await one(url, body)
    return new Response(JSON.stringify(answers), { status: 200, headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
}
