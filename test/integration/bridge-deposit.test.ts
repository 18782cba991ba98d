import { encodeDeployData, encodeFunctionData, type Address, type Hash, type Hex } from 'viem'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadConfig, type Config } from '../../src/config/config.js'
import type { Lang, Level } from '../../src/core/types.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { explain } from '../../src/explain/explain.js'
import { MemoryPendingStore } from '../../src/store/pending-store.js'
import { startAnvil, type Anvil } from '../harness/anvil.js'
import { compileContracts } from '../harness/contracts.js'

/**
 * OP-stack deposits (type 0x7e) on a real node: `anvil --network optimism` accepts them through
 * eth_sendTransaction with the deposit fields (sourceHash, mint, isSystemTx), as the chain's derivation would
 * create them from Ethereum. Chain id 10, so txdoctor meets them as OP Mainnet.
 */
let node: Anvil
let config: Config
beforeAll(async () => {
  node = await startAnvil({ chainId: 10, hardfork: 'isthmus', args: ['--network', 'optimism'] })
  config = loadConfig({ TXDOCTOR_CHAINS: '10', TXDOCTOR_RPC_10: node.url, TXDOCTOR_TIMEOUT_MS: '8000', TXDOCTOR_RPC_TIMEOUT_MS: '2000' })
})
afterAll(() => node?.stop())

let id = 0
async function rpc<result>(method: string, params: unknown[] = []): Promise<result> {
  const response = await fetch(node.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }) })
  const body = (await response.json()) as { result?: result; error?: { message: string } }
  if (body.error) throw new Error(`${method}: ${body.error.message}`)
  return body.result as result
}

/** A receipt once the node has it: under load, anvil can answer eth_sendTransaction a moment before the receipt. */
async function receiptOf<receipt>(hash: Hash): Promise<receipt> {
  for (let tries = 0; tries < 50; tries++) {
    const receipt = await rpc<receipt | null>('eth_getTransactionReceipt', [hash])
    if (receipt) return receipt
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no receipt for ${hash} after 5 s`)
}

const eth = 10n ** 18n
const hex = (n: bigint): Hex => `0x${n.toString(16)}`
/** A fresh address per deposit, so balances start at zero and say what the deposit did. */
const freshAddress = (): Address => `0x${crypto.getRandomValues(new Uint8Array(20)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '')}`
const randomHash = (): Hash => `0x${crypto.getRandomValues(new Uint8Array(32)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '')}`

/** What the chain's derivation would insert for a deposit made on Ethereum (OptimismPortal.depositTransaction). */
async function deposit({ from, to, mint = 0n, value = 0n, data = '0x', gas = 200_000n }: { from: Address; to: Address; mint?: bigint; value?: bigint; data?: Hex; gas?: bigint }) {
  const sourceHash = randomHash()
  const hash = await rpc<Hash>('eth_sendTransaction', [{ type: '0x7e', from, to, value: hex(value), gas: hex(gas), input: data, sourceHash, mint: hex(mint), isSystemTx: false }])
  await mined(hash)
  return { hash, sourceHash }
}

/** anvil may answer eth_sendTransaction just before the block is sealed; a deposit is only ever seen in a block. */
async function mined(hash: Hash) {
  for (let i = 0; i < 50 && !(await rpc('eth_getTransactionReceipt', [hash])); i++) await new Promise((resolve) => setTimeout(resolve, 20))
}

async function ask(hash: Hash, level: Level, lang: Lang) {
  const diagnosis = await diagnose(hash, {}, { config, store: new MemoryPendingStore() })
  return { diagnosis, answer: explain(diagnosis, { level, lang }), codes: diagnosis.findings.map((f) => f.code) }
}

describe('OP-stack deposits (type 0x7e) on a real node', () => {
  test('ETH that arrived from Ethereum: TX_BRIDGE_DEPOSIT, no fee here, mint and sourceHash, at both levels and in both languages', async () => {
    const user = freshAddress()
    const { hash, sourceHash } = await deposit({ from: user, to: user, mint: eth, value: eth })
    expect(await rpc<Hex>('eth_getBalance', [user, 'latest'])).toBe(hex(eth)) // what the words below must say
    await rpc('anvil_mine', ['0x80']) // past the finalized block: the deposit is the whole story

    const novice = await ask(hash, 'novice', 'en')
    expect(novice.diagnosis).toMatchObject({ kind: 'transaction', status: 'success', chain: { id: 10, name: 'OP Mainnet' } })
    // Told as a deposit, never as a transfer with a fee of 0 or as a failure.
    expect(novice.codes).toEqual(['TX_BRIDGE_DEPOSIT'])
    expect(novice.diagnosis.findings[0]).toMatchObject({
      severity: 'ok',
      facts: { mint: { value: eth, symbol: 'ETH' }, value: { value: eth }, sourceHash, succeeded: true, system: false, from: expect.stringMatching(new RegExp(user.slice(2), 'i')) },
    })
    expect(novice.answer.facts).toMatchObject({ type: 'op-deposit', typeHex: '0x7e', mint: eth.toString(), sourceHash })
    expect(novice.answer.severity).toBe('ok')
    expect(novice.answer.headline).toBe('This deposit from Ethereum has arrived on OP Mainnet.')
    const noviceCard = novice.answer.findings[0]!
    expect(noviceCard.body).toBe(
      "It was sent on Ethereum, and OP Mainnet's bridge brought it over: 1 ETH. Nobody paid a fee for it on OP Mainnet: the fee was paid on Ethereum when it was sent. If you were waiting for this deposit, it is done.",
    )
    expect(noviceCard.actions.join(' ')).toMatch(/Open your wallet on OP Mainnet \(not on Ethereum\)/)
    expect(noviceCard.actions.join(' ')).toMatch(/Don't make the deposit again/)
    expect(noviceCard.body).not.toMatch(/fee was 0/)

    const expert = await ask(hash, 'expert', 'en')
    const expertCard = expert.answer.findings.find((f) => f.code === 'TX_BRIDGE_DEPOSIT')!
    expect(expertCard.title).toMatch(/^Deposit from L1 \(type 0x7e\), status 1: mint 1 ETH, block \d/)
    expect(expertCard.body).toContain(`sourceHash ${sourceHash}`)
    expect(expertCard.body).toMatch(/No L2 fee: deposits carry no gas price; their gas \(21,000 used of 200,000\) was paid for on L1/)
    expect(expertCard.body).toContain('mint 1 ETH credited to')
    expect(expertCard.actions[0]).toMatch(/keccak256\(bytes32\(0\) ‖ keccak256\(L1 block hash ‖ bytes32\(L1 log index\)\)\)/)

    const zhNovice = await ask(hash, 'novice', 'zh-CN')
    expect(zhNovice.answer.headline).toBe('这笔从以太坊转入的资金已经到达 OP Mainnet。')
    expect(zhNovice.answer.findings[0]!.body).toBe(
      '它是在以太坊上发出的，由 OP Mainnet 的跨链桥转了过来：1 ETH。在 OP Mainnet 上没有人为它付手续费：手续费已在以太坊上发出时支付。如果你在等这笔存入，它已经到账了。',
    )
    const zhExpert = await ask(hash, 'expert', 'zh-CN')
    const zhExpertCard = zhExpert.answer.findings.find((f) => f.code === 'TX_BRIDGE_DEPOSIT')!
    expect(zhExpertCard.title).toMatch(/^来自 L1 的存款交易（类型 0x7e），status 1：mint 1 ETH，区块 \d/)
    expect(zhExpertCard.body).toContain(`sourceHash ${sourceHash}`)
    expect(zhExpert.answer.handoff).toContain('TX_BRIDGE_DEPOSIT（正常）')
    expect(zhExpert.answer.handoff).toContain(`存入来源哈希：${sourceHash}`)
  })

  test('a deposit whose call failed on L2: the mint still reached the sender, no fee, not told as a failed transfer', async () => {
    const user = freshAddress()
    const refuser = freshAddress()
    await rpc('anvil_setCode', [refuser, '0x5f5ffd']) // PUSH0 PUSH0 REVERT: refuses every call
    const { hash } = await deposit({ from: user, to: refuser, mint: eth, value: 4n * 10n ** 17n })
    // The chain's own record of what happened, which the words must match: mint kept by the sender, nothing passed on.
    expect(await rpc<Hex>('eth_getBalance', [user, 'latest'])).toBe(hex(eth))
    expect(await rpc<Hex>('eth_getBalance', [refuser, 'latest'])).toBe('0x0')

    const novice = await ask(hash, 'novice', 'en')
    expect(novice.diagnosis.status).toBe('failed')
    expect(novice.codes).toEqual(['TX_BRIDGE_DEPOSIT'])
    expect(novice.diagnosis.findings[0]).toMatchObject({ severity: 'warning', facts: { succeeded: false, mint: { value: eth } } })
    const card = novice.answer.findings[0]!
    expect(card.title).toBe('This deposit from Ethereum reached OP Mainnet, but what it was meant to do there failed.')
    expect(card.body).toMatch(/^The 1 ETH it brought over still arrived: it was added to the address that sent the deposit \(0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}\) on OP Mainnet\./)
    expect(card.body).toMatch(/so 0\.4 ETH did not go on to 0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}\. No fee was charged on OP Mainnet\.$/)
    expect(card.actions.join(' ')).toMatch(/Don't make the deposit again before you have checked/)
    expect(card.body + card.actions.join(' ')).not.toMatch(/fee of|was charged\.|only the fee/)

    const expert = await ask(hash, 'expert', 'en')
    const expertCard = expert.answer.findings[0]!
    expect(expertCard.title).toMatch(/^Deposit from L1 failed on L2 \(status 0\): mint 1 ETH kept by 0x[0-9a-fA-F]{40}$/)
    expect(expertCard.body).toContain('the mint is credited before execution and kept when execution fails')
    expect(expertCard.actions[1]).toMatch(/^The 1 ETH is at 0x[0-9a-fA-F]{40} on OP Mainnet: redo the intended call/)

    const zh = await ask(hash, 'novice', 'zh-CN')
    expect(zh.answer.headline).toBe('这笔从以太坊转入的存款已到达 OP Mainnet，但它在那里要执行的操作失败了。')
    expect(zh.answer.findings[0]!.body).toMatch(/^它带过来的 1 ETH 仍然到账了：已记入发起这笔存入的地址（0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}）在 OP Mainnet 上的账户。/)
    const zhExpert = await ask(hash, 'expert', 'zh-CN')
    expect(zhExpert.answer.headline).toMatch(/^来自 L1 的存款在 L2 上失败（status 0）：mint 1 ETH 仍归 0x[0-9a-fA-F]{40}$/)
  })

  test('a deposit whose bridge message failed to be delivered (FailedRelayedMessage): not "arrived", replayable', async () => {
    const messenger = '0x4200000000000000000000000000000000000007'
    const msgHash = randomHash()
    const failedRelayedMessage = '99d0e048484baa1b1540b1367cb128acd7ab2946d1ed91ec10e3c85e4bf51b8f' // keccak256("FailedRelayedMessage(bytes32)")
    // A stand-in for L2CrossDomainMessenger whose delivery fails: it only logs FailedRelayedMessage(msgHash), as the real one does then.
    await rpc('anvil_setCode', [messenger, `0x7f${msgHash.slice(2)}7f${failedRelayedMessage}5f5fa200`])
    const { hash } = await deposit({ from: freshAddress(), to: messenger, mint: eth, value: eth })

    const novice = await ask(hash, 'novice', 'en')
    expect(novice.codes).toEqual(['TX_BRIDGE_DEPOSIT'])
    expect(novice.diagnosis.findings[0]).toMatchObject({ severity: 'warning', facts: { succeeded: true, relayFailed: { messenger, msgHash } } })
    expect(novice.answer.headline).toBe('This deposit from Ethereum reached OP Mainnet, but the bridge could not deliver it yet.')
    expect(novice.answer.findings[0]!.body).not.toMatch(/it is done|has arrived/)
    expect(novice.answer.findings[0]!.actions.join(' ')).toMatch(/Don't make the deposit again: this one can still be completed/)
    const expert = await ask(hash, 'expert', 'en')
    expect(expert.answer.headline).toBe(`Deposit from L1 (type 0x7e) executed, message not delivered: FailedRelayedMessage ${msgHash}`)
    expect(expert.answer.findings[0]!.actions[0]).toMatch(/^Replay it: call relayMessage\(nonce, sender, target, value, minGasLimit, message\) on 0x4200000000000000000000000000000000000007/)
    const zh = await ask(hash, 'novice', 'zh-CN')
    expect(zh.answer.headline).toBe('这笔从以太坊转入的存款已到达 OP Mainnet，但跨链桥还没能把它交付出去。')
  })

  test('a token deposit: the bridge minted the token to the user, and the card says what arrived', async () => {
    const artifact = compileContracts().TestToken
    const [deployer] = await rpc<Address[]>('eth_accounts')
    const deployHash = await rpc<Hash>('eth_sendTransaction', [{ from: deployer, data: encodeDeployData({ abi: artifact.abi, bytecode: artifact.bytecode, args: ['Test USD', 'TUSD', 6] }) }])
    const token = (await receiptOf<{ contractAddress: Address }>(deployHash)).contractAddress
    const user = freshAddress()
    // As L2StandardBridge does when a deposit of an ERC-20 arrives: the deposit calls the token's mint.
    const data = encodeFunctionData({ abi: artifact.abi, functionName: 'mint', args: [user, 250_000_000n] })
    const { hash } = await deposit({ from: freshAddress(), to: token, data })

    const { answer, codes, diagnosis } = await ask(hash, 'novice', 'en')
    expect(codes.filter((c) => c !== 'TX_NOT_FINAL')).toEqual(['TX_BRIDGE_DEPOSIT'])
    expect(diagnosis.findings[0]!.facts).toMatchObject({ mint: { value: 0n }, transfers: [{ standard: 'erc20', symbol: 'TUSD', amount: 250_000_000n, decimals: 6 }] })
    expect(answer.headline).toBe('This deposit from Ethereum has arrived on OP Mainnet.')
    expect(answer.findings[0]!.body).toMatch(/bridge brought it over: 250 «TUSD» from 0x0000…0000 to 0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}\./)
    expect(answer.findings[0]!.actions).toContain('If a token does not show, add that token to your wallet on this network.')
  })
})
