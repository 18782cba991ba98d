import { startTronNode, tronScenarios } from '../test/helpers/tron-node.ts'
import { diagnose } from '../src/diagnose/diagnose.ts'
import { loadConfig } from '../src/config/config.ts'
import { toJsonSafe } from '../src/core/json.ts'
const node = await startTronNode((tronScenarios as any).tables)
const config = loadConfig({ TXDOCTOR_CHAINS: 'tron', TXDOCTOR_RPC_TRON: node.url })
for (const q of process.argv.slice(2)) {
  try {
    const d = await diagnose(q, q.startsWith('tron:') ? { chain: 'tron' } : {}, { config })
    console.log(q.slice(0, 20), JSON.stringify(toJsonSafe({ status: d.status, findings: d.findings, meta: d.meta })).slice(0, 1800))
  } catch (e) { console.log(q.slice(0,20), 'ERR', (e as Error).message) }
}
await node.close()
