import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The Worker as `wrangler deploy` would upload it (a dry run: nothing leaves the machine). Sizes in KiB. */
export async function workerBundle(outdir = mkdtempSync(join(tmpdir(), 'txdoctor-worker-'))): Promise<{ kib: number; gzipKib: number }> {
  const output = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ['node_modules/wrangler/bin/wrangler.js', 'deploy', '--dry-run', '--outdir', outdir], { env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } }, (error, stdout, stderr) =>
      error ? reject(new Error(`${stdout}\n${stderr}`)) : resolve(stdout + stderr),
    ),
  )
  const sizes = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(output)
  if (!sizes) throw new Error(`wrangler did not report the bundle size:\n${output}`)
  return { kib: Number(sizes[1]), gzipKib: Number(sizes[2]) }
}
