/**
 * npm run demo: two local chains seeded with real situations (the kind users ask support about), and the
 * commands to diagnose each. Ctrl-C stops everything it started.
 */
import { startServer } from '../src/node.js'
import { freePort } from '../test/harness/anvil.js'
import { startLab } from '../test/harness/lab.js'
import * as scenario from '../test/harness/scenarios.js'

const lab = await startLab({ timeoutMs: 10_000 })
const env = { TXDOCTOR_CHAINS: '31337,31338', TXDOCTOR_RPC_31337: lab.a.url, TXDOCTOR_RPC_31338: lab.b.url }
const port = process.env.PORT ? Number(process.env.PORT) : await portOr(8787)
const server = await startServer({ port, env, log: () => {} })
const stop = async () => {
  await server.close()
  await lab.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

console.log('Seeding example situations on two local chains (ids 31337 and 31338)…')
const situations: [string, string, string[]?][] = []
const add = (label: string, hash: string, extra: string[] = []) => situations.push([label, hash, extra])

add('A token transfer that went through', (await scenario.tokenTransfer(lab)).hash)
add('A swap that failed: price moved (slippage)', (await scenario.failedSwap(lab, 'slippage')).hash)
add('A swap that failed: no approval given first', (await scenario.failedSwap(lab, 'allowance')).hash)
add('Tokens sent to the token’s own contract', (await scenario.tokenToItsOwnContract(lab)).hash)
add('An unlimited approval to a known drainer address', (await scenario.approval(lab, 'flagged')).hash)
add('ETH sent to a smart wallet that exists only on the other chain', (await scenario.sendToContractOnOtherChain(lab)).hash)
add('A wallet handed to an unknown program (EIP-7702 delegation)', (await scenario.delegateToSweeper(lab)).hash)
add('A zero-value transfer from a look-alike address (poisoning)', (await scenario.poisoning(lab)).hash)
add('A transfer asked about on the wrong network', (await scenario.nativeTransfer(lab, lab.b)).hash, ['--chain', '31337'])
const history = await scenario.approvalHistory(lab)
const noGas = await scenario.tokensButNoGas(lab)
await scenario.setAutomine(lab, lab.a, false)
add('A transfer waiting behind two missing earlier ones (nonce gap)', (await scenario.nonceGap(lab)).hash)
add('A transfer stuck because fees rose above what it offers', (await scenario.stuckUnderpriced(lab)).hash)

const exports = Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')
const link = (q: string, extra = '') => `${server.url}/?q=${encodeURIComponent(q)}${extra}`
console.log(`
Running:
  web form   ${server.url}/          (API: ${server.url}/docs · MCP: POST ${server.url}/mcp)
  chain      31337 at ${lab.a.url}
  chain      31338 at ${lab.b.url}

For the CLI, in another terminal:
  export ${exports}

Each situation: open the link, or run the command (add --level expert for exact numbers, --lang zh-CN for Chinese):
`)
for (const [label, hash, extra = []] of situations) {
  const chain = extra[0] === '--chain' ? `&chain=${extra[1]}` : ''
  console.log(`  # ${label}\n  ${link(hash, chain)}\n  npx txdoctor ${hash}${extra.length ? ` ${extra.join(' ')}` : ''}\n`)
}
console.log(`  # A wallet with risky standing approvals (to a person, to a drainer, collection-wide, Permit2)
  ${server.url}/v1/address/${history.owner}/approvals
  npx txdoctor approvals ${history.owner}

  # A wallet holding tokens but no coin to pay the fee for moving them
  ${link(noGas.address)}
  npx txdoctor ${noGas.address}
`)
console.log(`  # Inputs that need no chain: another network's address, and a mistyped address
  ${link('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')}
  npx txdoctor TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t
  npx txdoctor 0xd8da6BF26964aF9D7eEd9e03E53415D37aA96045

Press Ctrl-C to stop everything.`)

/** The preferred port if it is free, else any free one. */
async function portOr(preferred: number): Promise<number> {
  const { createServer } = await import('node:net')
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer().once('error', () => resolve(false)).listen(preferred, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
  return free ? preferred : freePort()
}
