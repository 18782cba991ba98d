/**
 * The demo's situations, seeded on a lab: one list that `npm run demo` prints, `npm run answers` reads aloud at
 * both levels and in both languages, and `npm run docs` quotes in the README, so the three never drift apart.
 */
import type { Lab } from '../test/harness/lab.js'
import * as scenario from '../test/harness/scenarios.js'
import { startTronNode, tronScenarios } from '../test/helpers/tron-node.js'

export type Situation = {
  /** Stable key: the README's examples refer to situations by it. */
  key: string
  label: string
  /** What to paste (a hash or an address). */
  input: string
  /** Extra CLI arguments (e.g. `--chain 31337`, or `approvals` before the input). */
  args?: string[]
}

/**
 * TRON for the demo: no TRON node runs on these machines, so a local one answers from real recorded mainnet (and one
 * Nile testnet) replies (fixtures/tron, each file naming its source); txdoctor reads it as it reads TronGrid.
 */
export const startDemoTron = () => startTronNode(tronScenarios.tables)

export async function seedSituations(lab: Lab): Promise<Situation[]> {
  const list: Situation[] = []
  const add = (key: string, label: string, input: string, args?: string[]) => list.push({ key, label, input, ...(args ? { args } : {}) })
  add('token-transfer', 'A token transfer that went through', (await scenario.tokenTransfer(lab)).hash)
  add('swap-slippage', 'A swap that failed: price moved (slippage)', (await scenario.failedSwap(lab, 'slippage')).hash)
  add('swap-allowance', 'A swap that failed: no approval given first', (await scenario.failedSwap(lab, 'allowance')).hash)
  add('token-to-contract', 'Tokens sent to the token’s own contract', (await scenario.tokenToItsOwnContract(lab)).hash)
  add('drainer-approval', 'An unlimited approval to a known drainer address', (await scenario.approval(lab, 'flagged')).hash)
  add('contract-elsewhere', 'ETH sent to a smart wallet that exists only on the other chain', (await scenario.sendToContractOnOtherChain(lab)).hash)
  add('delegation', 'A wallet handed to an unknown program (EIP-7702 delegation)', (await scenario.delegateToSweeper(lab)).hash)
  add('poisoning', 'A zero-value transfer from a look-alike address (poisoning)', (await scenario.poisoning(lab)).hash)
  add('wrong-network', 'A transfer asked about on the wrong network', (await scenario.nativeTransfer(lab, lab.b)).hash, ['--chain', '31337'])
  const history = await scenario.approvalHistory(lab)
  const noGas = await scenario.tokensButNoGas(lab)
  await scenario.setAutomine(lab, lab.a, false)
  add('nonce-gap', 'A transfer waiting behind two missing earlier ones (nonce gap)', (await scenario.nonceGap(lab)).hash)
  add('stuck-underpriced', 'A transfer stuck because fees rose above what it offers', (await scenario.stuckUnderpriced(lab)).hash)
  add('standing-approvals', 'A wallet with risky standing approvals (to a person, to a drainer, collection-wide, Permit2)', history.owner, ['approvals'])
  add('tokens-no-gas', 'A wallet holding tokens but no coin to pay the fee for moving them', noGas.address)
  add('wallet-address', 'A wallet address: where it is used, and its standing approvals', history.owner)
  const { transactions: tron, accounts } = tronScenarios
  add('tron-out-of-energy', 'TRON: a USDT transfer that failed, out of energy (recorded on mainnet)', tron.usdtOutOfEnergyNoTrx.id)
  add('tron-usdt-sent', 'TRON: a USDT transfer to a first-time holder, pasted as a Tronscan link', `https://tronscan.org/#/transaction/${tron.usdtSuccessBurnedEnergy.id}`)
  add('tron-new-account', 'TRON: TRX sent to an account that did not exist yet (activation fee)', tron.trxTransferNewAccount.id)
  add('tron-other-keys', 'TRON: an account that other keys can control (recorded on the Nile testnet)', accounts.multisigActiveTestnet.address)
  add('tron-account', 'TRON: an ordinary account holding TRX and USDT', accounts.ordinary.address)
  add('bitcoin-address', 'Another network’s address (Bitcoin)', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')
  add('mistyped-address', 'A mistyped address (its checksum does not match)', '0xd8da6BF26964aF9D7eEd9e03E53415D37aA96045')
  return list
}

/** The environment that points txdoctor at the lab's two chains and at the demo's TRON node. */
export const labEnv = (lab: Lab, tron: { url: string }) => ({
  TXDOCTOR_CHAINS: '31337,31338,tron',
  TXDOCTOR_RPC_31337: lab.a.url,
  TXDOCTOR_RPC_31338: lab.b.url,
  TXDOCTOR_RPC_TRON: tron.url,
})
