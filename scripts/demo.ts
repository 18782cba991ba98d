/**
 * npm run demo: two local chains seeded with real situations (the kind users ask support about), a local TRON node
 * answering from recorded mainnet replies, and the commands to diagnose each. Ctrl-C stops everything it started.
 */
import { startServer } from '../src/node.js'
import { freePort } from '../test/harness/anvil.js'
import { startLab } from '../test/harness/lab.js'
import { labEnv, seedSituations, startDemoTron } from './situations.js'

const [lab, tron] = await Promise.all([startLab({ timeoutMs: 10_000 }), startDemoTron()])
const env = labEnv(lab, tron)
const port = process.env.PORT ? Number(process.env.PORT) : await portOr(8787)
const server = await startServer({ port, env, log: () => {} })
const stop = async () => {
  await server.close()
  await Promise.all([lab.stop(), tron.close()])
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

console.log('Seeding example situations on two local chains (ids 31337 and 31338)…')
// The same situations `npm run answers` reads aloud and the README quotes (scripts/situations.ts).
const situations = await seedSituations(lab)

const exports = Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')
console.log(`
Running:
  web form   ${server.url}/          (API: ${server.url}/docs · MCP: POST ${server.url}/mcp)
  chain      31337 at ${lab.a.url}
  chain      31338 at ${lab.b.url}
  TRON       at ${tron.url} (recorded replies of real TRON nodes: fixtures/tron)

For the CLI, in another terminal:
  export ${exports}

Each situation: open the link, or run the command (add --level expert for exact numbers, --lang zh-CN for Chinese):
`)
for (const s of situations) {
  const approvals = s.args?.[0] === 'approvals'
  const chain = s.args?.[0] === '--chain' ? `&chain=${s.args[1]}` : ''
  const link = approvals ? `${server.url}/v1/address/${s.input}/approvals` : `${server.url}/?q=${encodeURIComponent(s.input)}${chain}`
  const command = approvals ? `npx txdoctor approvals ${s.input}` : `npx txdoctor ${s.input.includes('#') ? `'${s.input}'` : s.input}${s.args?.length ? ` ${s.args.join(' ')}` : ''}`
  console.log(`  # ${s.label}\n  ${link}\n  ${command}\n`)
}
console.log('Press Ctrl-C to stop everything.')

/** The preferred port if it is free, else any free one. */
async function portOr(preferred: number): Promise<number> {
  const { createServer } = await import('node:net')
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer().once('error', () => resolve(false)).listen(preferred, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
  return free ? preferred : freePort()
}
