import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Config } from '../../src/config/config.js'
import { diagnose } from '../../src/diagnose/diagnose.js'
import { explain } from '../../src/explain/explain.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { prunedState, startRpcProxy } from '../helpers/rpc-proxy.js'

/**
 * A failed transaction asked about on the nodes users reach: no tracing, and no state but the newest. The node's
 * "missing trie node" is the node's, never the contract's: the reason comes from the next source that can tell —
 * another configured node, the transaction's own input, a re-run against today's state — or is honestly unknown.
 */
let lab: Lab
let pruned: Awaited<ReturnType<typeof startRpcProxy>>
let archiveNoTrace: Awaited<ReturnType<typeof startRpcProxy>>
beforeAll(async () => {
  lab = await startLab()
  // A full node as geth runs it: no debug namespace, and only the newest state.
  pruned = await startRpcProxy({
    target: lab.a.url,
    refuse: ['debug_*', 'trace_*', 'txpool_*'],
    answer: prunedState(),
  })
  // An archive node without tracing: every state, no debug namespace.
  archiveNoTrace = await startRpcProxy({ target: lab.a.url, refuse: ['debug_*', 'trace_*', 'txpool_*'] })
})
afterAll(async () => {
  await pruned?.close()
  await archiveNoTrace?.close()
  await lab?.stop()
})

const on = (...urls: string[]): Config => ({ ...lab.config, chains: lab.config.chains.map((c) => (c.id === 31337 ? { ...c, rpcUrls: urls } : c)) })

async function ask(hash: string, config: Config) {
  const diagnosis = await diagnose(hash, { chain: '31337' }, { config })
  const failure = diagnosis.findings.find((f) => f.code.startsWith('TX_FAILED_'))!
  const words = (level: 'novice' | 'expert', lang: 'en' | 'zh-CN' = 'en') => explain(diagnosis, { level, lang }).findings.find((f) => f.code === failure.code)!
  return { diagnosis, failure, facts: failure.facts as Record<string, unknown>, words }
}

describe('a failure’s reason on a pruned, trace-less node', () => {
  test('a swap past its deadline: read from its own input, without any state', async () => {
    const { hash, deadline } = await scenario.failedSwap(lab, 'deadline')
    const { failure, facts, words } = await ask(hash, on(pruned.url))
    expect(failure.code).toBe('TX_FAILED_DEADLINE')
    expect(facts).toMatchObject({ reasonSource: 'calldata', deadline, approximate: true })
    expect(facts.minedAt as bigint).toBeGreaterThan(deadline)
    expect(facts.unavailable).toEqual([
      { source: 'trace', said: 'the method debug_traceTransaction does not exist/is not available' },
      { source: 'replay-parent', said: expect.stringContaining('missing trie node') },
    ])
    const expert = words('expert')
    expect(expert.body).toMatch(/From the input alone: block\.timestamp \d+ \(.+ UTC\) > deadline \d+ \(.+ UTC\), \d+ (seconds|minutes) late\./)
    expect(expert.body).toContain('«missing trie node')
    expect(words('expert', 'zh-CN').body).toContain('仅从交易输入得出')
    expect(words('novice').title).toBe('The swap failed because it went through too late.')
  })

  test('a swap short of its minimum: re-run against today’s state, and said to be so', async () => {
    const { hash, minOut } = await scenario.failedSwap(lab, 'slippage')
    const { failure, facts, words, diagnosis } = await ask(hash, on(pruned.url))
    expect(failure.code).toBe('TX_FAILED_SLIPPAGE')
    expect(facts).toMatchObject({ reasonSource: 'replay-latest', reason: 'UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT', minimumOut: minOut, symbol: 'DAI', decimals: 18 })
    // The minimum in the output token's units: its metadata is read with the other reads, state pruned or not.
    expect(words('expert').body).toContain('amountOutMin 3 «DAI» (3000000000000000000 base units)')
    expect(words('novice').title).toBe('The swap was stopped: it would have given you less than your minimum (3 «DAI»).')
    expect(facts.replayedAt).toBeGreaterThan(0n)
    expect(words('novice').body).toContain('We found this by checking the transaction again today')
    expect(words('novice', 'zh-CN').body).toContain('今天重新检查')
    expect(words('expert').body).toContain("re-running it against today's state")
    // Three round trips: find it; trace and re-run at the parent (refused); re-run today.
    expect(diagnosis.meta.roundTrips).toBeLessThanOrEqual(3)
  })

  test('a swap whose deadline has passed only since: today’s "expired" is no evidence of why it failed then', async () => {
    const { hash, deadline } = await scenario.failedSwap(lab, 'slippage', { deadlineIn: 30 })
    await lab.rpc(lab.a, 'evm_increaseTime', [7_200])
    await lab.rpc(lab.a, 'anvil_mine', ['0x1'])
    const { failure, facts, words } = await ask(hash, on(pruned.url))
    expect(failure.code).toBe('TX_FAILED_REVERTED')
    expect(facts).toMatchObject({ reasonSource: 'none' })
    expect(facts.minedAt as bigint | undefined).toBeUndefined()
    expect(deadline).toBeGreaterThan(0n)
    expect(words('novice').body).toContain('we could not find out why')
  })

  test('a plain revert: its reason string, from today’s state', async () => {
    const { hash } = await scenario.failedWith(lab, 'reason', 'Sale has ended')
    const { failure, facts } = await ask(hash, on(pruned.url))
    expect(failure.code).toBe('TX_FAILED_REVERTED')
    expect(facts).toMatchObject({ reasonSource: 'replay-latest', reason: 'Sale has ended' })
  })

  test('when today’s state lets it through, the reason is unknown — never "no revert data"', async () => {
    const { hash, router, trader } = await scenario.failedSwap(lab, 'allowance')
    // The user has since approved the router: the same call would now go through.
    const token = await router.getFunction('tokenIn')()
    const { Contract } = await import('ethers')
    await (await new Contract(token, lab.artifacts.TestToken.abi as never, trader).getFunction('approve')(await router.getAddress(), 10n ** 30n)).wait()
    const { failure, facts, words } = await ask(hash, on(pruned.url))
    expect(failure.code).toBe('TX_FAILED_REVERTED')
    expect(facts).toMatchObject({ reasonSource: 'none' })
    expect(facts.reason).toBeUndefined()
    expect(words('novice').body).toContain('we could not find out why')
    expect(words('expert').body).toContain('The reason could not be recovered from the nodes asked.')
    expect(words('expert').body).not.toContain('No revert data')
  })

  test('out of gas: from gas used against the limit, no state needed', async () => {
    const { hash } = await scenario.failedWith(lab, 'out-of-gas')
    const { failure, facts } = await ask(hash, on(pruned.url))
    expect(failure.code).toBe('TX_FAILED_OUT_OF_GAS')
    expect(facts).toMatchObject({ reasonSource: 'gas' })
  })

  test('another configured node that keeps the state answers the re-run at the parent block', async () => {
    const { hash, router } = await scenario.failedSwap(lab, 'allowance')
    const before = archiveNoTrace.stats.spans.length
    const { failure, facts, diagnosis, words } = await ask(hash, on(pruned.url, archiveNoTrace.url))
    expect(failure.code).toBe('TX_FAILED_ALLOWANCE')
    expect(facts).toMatchObject({ reasonSource: 'replay-parent', errorName: 'ERC20InsufficientAllowance', allowance: 0n, needed: 10n ** 18n, symbol: 'WETH', decimals: 18 })
    const spender = facts.spender as string
    expect(spender.toLowerCase()).toBe((await router.getAddress()).toLowerCase())
    expect(words('expert').body).toContain(`spender ${spender}, allowance 0 «WETH» (0 base units), needed 1 «WETH» (1000000000000000000 base units).`)
    expect(words('novice', 'zh-CN').body).toContain('获得的授权额度是 0 «WETH»，但它需要 1 «WETH»。')
    expect(archiveNoTrace.stats.spans.length).toBeGreaterThan(before)
    expect(diagnosis.meta.roundTrips).toBeLessThanOrEqual(4)
  })

  test('on a node with tracing the reason is exact, as before', async () => {
    const { hash } = await scenario.failedSwap(lab, 'deadline')
    const { failure, facts } = await ask(hash, lab.config)
    expect(failure.code).toBe('TX_FAILED_DEADLINE')
    expect(facts).toMatchObject({ reasonSource: 'trace', approximate: false, reason: 'UniswapV2Router: EXPIRED' })
    expect(facts.unavailable).toBeUndefined()
  })
})
