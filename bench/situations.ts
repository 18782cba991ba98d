import { getAddress, zeroPadValue } from 'ethers'
import type { Lab } from '../test/harness/lab.js'
import * as scenario from '../test/harness/scenarios.js'

/** One question a user brings, how txdoctor is asked it, and how a person would answer it by hand with `cast`. */
export type Situation = {
  name: string
  input: string
  options: { chain?: string; approvals?: boolean }
  /** The finding txdoctor must give: a benchmark of wrong answers is worthless. */
  expect: string
  /** Foundry `cast` commands, run one after another (each line what a person would type). */
  cast: string[][]
  /** Asked of a pruned node without tracing (as public endpoints are) instead of the usual one. */
  pruned?: boolean
}

/** The proxied nodes: chain a and b as the bench's public-like nodes, and chain a as a pruned, trace-less one. */
export type Nodes = { a: string; b: string; prunedA: string }

/** Blocks of history the approvals scan has to cover, and the range a node accepts per eth_getLogs. */
export const historyBlocks = 2_000
export const logRangeLimit = 500

/**
 * Seeds the situations on the lab's chains (mined ones first, then automine off for the pending ones) and
 * returns them with their by-hand `cast` sequences pointed at the proxied nodes.
 */
export async function seedSituations(lab: Lab, nodes: Nodes): Promise<Situation[]> {
  const on = (url: string) => ['--rpc-url', url]
  const transfer = await scenario.tokenTransfer(lab)
  const failed = await scenario.failedSwap(lab, 'slippage')
  const expired = await scenario.failedSwap(lab, 'deadline')
  const expiredTx = await lab.rpc<{ input: string; blockNumber: string }>(lab.a, 'eth_getTransactionByHash', [expired.hash])
  const history = await scenario.approvalHistory(lab)
  await lab.rpc(lab.a, 'anvil_mine', [`0x${historyBlocks.toString(16)}`])
  const noGas = await scenario.tokensButNoGas(lab) // received recently: within the node's log range
  await scenario.setAutomine(lab, lab.a, false)
  const underpriced = await scenario.stuckUnderpriced(lab)
  const gap = await scenario.nonceGap(lab)
  const sender = async (hash: string) => (await lab.rpc<{ from: string }>(lab.a, 'eth_getTransactionByHash', [hash])).from
  const head = Number(await lab.rpc<string>(lab.a, 'eth_blockNumber'))
  const missing = `0x${'5e'.repeat(32)}`

  // What a person checks for a stuck transfer: is it there, mined or not, the account's mined and pending
  // nonces, and what the network charges now.
  const pendingChecks = async (hash: string) => {
    const from = await sender(hash)
    return [
      ['tx', hash, ...on(nodes.a)],
      ['receipt', hash, '--async', ...on(nodes.a)],
      ['nonce', from, ...on(nodes.a)],
      ['nonce', from, '--block', 'pending', ...on(nodes.a)],
      ['base-fee', ...on(nodes.a)],
      ['gas-price', ...on(nodes.a)],
    ]
  }

  return [
    {
      name: 'success (token transfer)',
      input: transfer.hash,
      options: {},
      expect: 'TX_SUCCESS',
      cast: [
        ['tx', transfer.hash, ...on(nodes.a)],
        ['receipt', transfer.hash, ...on(nodes.a)],
        ['block-number', ...on(nodes.a)],
        ['call', transfer.token, 'symbol()(string)', ...on(nodes.a)],
        ['call', transfer.token, 'decimals()(uint8)', ...on(nodes.a)],
      ],
    },
    {
      name: 'failed (swap, slippage)',
      input: failed.hash,
      options: {},
      expect: 'TX_FAILED_SLIPPAGE',
      cast: [['tx', failed.hash, ...on(nodes.a)], ['receipt', failed.hash, ...on(nodes.a)], ['run', failed.hash, ...on(nodes.a)]],
    },
    {
      name: 'failed (swap, deadline), pruned node without tracing',
      input: expired.hash,
      options: {},
      expect: 'TX_FAILED_DEADLINE',
      pruned: true,
      // `cast run` needs tracing and the old state, which this node lacks: a person reads the input and the block.
      cast: [
        ['tx', expired.hash, ...on(nodes.prunedA)],
        ['receipt', expired.hash, ...on(nodes.prunedA)],
        ['block', String(Number(expiredTx.blockNumber)), '--field', 'timestamp', ...on(nodes.prunedA)],
        ['calldata-decode', 'swapExactTokensForTokens(uint256,uint256,address[],address,uint256)', expiredTx.input],
      ],
    },
    { name: 'pending, fee too low', input: underpriced.hash, options: {}, expect: 'TX_PENDING_FEE_TOO_LOW', cast: await pendingChecks(underpriced.hash) },
    { name: 'pending, nonce gap', input: gap.hash, options: {}, expect: 'TX_PENDING_NONCE_GAP', cast: (await pendingChecks(gap.hash)).slice(0, 4) },
    {
      name: 'not found on any chain',
      input: missing,
      options: {},
      expect: 'TX_NOT_FOUND',
      cast: [
        ['tx', missing, ...on(nodes.a)],
        ['tx', missing, ...on(nodes.b)],
      ],
    },
    {
      name: 'address (tokens, no gas)',
      input: noGas.address,
      options: {},
      expect: 'ADDRESS_NO_GAS',
      cast: [nodes.a, nodes.b].flatMap((url) => [
        ['balance', noGas.address, ...on(url)],
        ['nonce', noGas.address, ...on(url)],
        ['code', noGas.address, ...on(url)],
        ['call', noGas.token, 'balanceOf(address)(uint256)', noGas.address, ...on(url)],
      ]),
    },
    {
      name: `approvals (${(head / 1000).toFixed(1)}k blocks, ${logRangeLimit}-block log limit)`,
      input: history.owner,
      options: { approvals: true, chain: '31337' },
      expect: 'APPROVAL_FLAGGED_SPENDER',
      cast: approvalsByHand(history, head, nodes.a),
    },
  ]
}

/**
 * By hand: every Approval and ApprovalForAll the owner emitted, in ranges the node accepts, then the current
 * allowance of each token/spender pair found (the scenario's five).
 */
function approvalsByHand(history: Awaited<ReturnType<typeof scenario.approvalHistory>>, head: number, url: string): string[][] {
  const owner = zeroPadValue(history.owner, 32)
  const commands: string[][] = []
  for (let from = 0; from <= head; from += logRangeLimit) {
    const range = ['--from-block', String(from), '--to-block', String(Math.min(head, from + logRangeLimit - 1)), '--rpc-url', url]
    commands.push(['logs', ...range, 'Approval(address indexed,address indexed,uint256)', owner])
    commands.push(['logs', ...range, 'ApprovalForAll(address indexed,address indexed,bool)', owner])
  }
  for (const spender of [history.eoa, history.drainer, history.revoked, history.permit2, history.router])
    commands.push(['call', history.token, 'allowance(address,address)(uint256)', getAddress(history.owner), spender, '--rpc-url', url])
  return commands
}
