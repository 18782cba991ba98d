import { afterEach, describe, expect, test } from 'vitest'
import { firstLogSpan, LogRangeError, noteLogSpan, refusedLogSpan } from '../../src/rpc/log-range.js'
import { knowledgeTtlMs, NodeKnowledge, nodeKnowledge, resetNodeKnowledge } from '../../src/rpc/node-knowledge.js'

const url = 'https://node.example'
const endpoints = [url, 'https://other.example']

/** A knowledge store on a clock the test moves. */
function atTime() {
  let now = 1_000_000
  const knowledge = new NodeKnowledge(() => now)
  return { knowledge, advance: (ms: number) => (now += ms) }
}

afterEach(() => resetNodeKnowledge())

describe('what is known about a node expires, each fact on its own clock', () => {
  test('a proved chain id holds for 10 minutes, then must be proved again', () => {
    const { knowledge, advance } = atTime()
    expect(knowledge.chainIdOf(url)).toBeUndefined()
    knowledge.provedChainId(url, 8453)
    advance(knowledgeTtlMs.chainId - 1)
    expect(knowledge.chainIdOf(url)).toBe(8453)
    advance(1)
    expect(knowledge.chainIdOf(url)).toBeUndefined()
  })

  test('a head age holds for 30 seconds', () => {
    const { knowledge, advance } = atTime()
    knowledge.sawHeadAge(url, 4_000)
    advance(29_999)
    expect(knowledge.headAgeOf(url)).toBe(4_000)
    advance(1)
    expect(knowledge.headAgeOf(url)).toBeUndefined()
  })

  test('a refused batch is remembered for an hour', () => {
    const { knowledge, advance } = atTime()
    expect(knowledge.refusesBatches(url)).toBe(false)
    knowledge.sawBatchRefused(url)
    advance(knowledgeTtlMs.refusesBatches - 1)
    expect(knowledge.refusesBatches(url)).toBe(true)
    advance(1)
    expect(knowledge.refusesBatches(url)).toBe(false)
  })

  test('a missing txpool is remembered for 10 minutes, per list of endpoints', () => {
    const { knowledge, advance } = atTime()
    knowledge.sawNoTxpool(endpoints)
    expect(knowledge.lacksTxpool(endpoints)).toBe(true)
    expect(knowledge.lacksTxpool([url])).toBe(false)
    advance(knowledgeTtlMs.noTxpool)
    expect(knowledge.lacksTxpool(endpoints)).toBe(false)
  })

  test('a log-range limit narrows scans for 10 minutes after it was last met, then the configured range is tried again', () => {
    const { knowledge, advance } = atTime()
    knowledge.noteLogSpan(endpoints, 2_000n, false)
    knowledge.noteLogSpan(endpoints, 500n, true)
    knowledge.noteLogSpan(endpoints, 1_000n, false)
    expect(knowledge.logSpansOf(endpoints)).toEqual({ refused: 1_000n, accepted: 500n })
    advance(knowledgeTtlMs.logRange - 1)
    knowledge.noteLogSpan(endpoints, 1_000n, false) // met again: remembered for another 10 minutes
    advance(knowledgeTtlMs.logRange - 1)
    expect(knowledge.logSpansOf(endpoints).refused).toBe(1_000n)
    knowledge.noteLogSpan(endpoints, 800n, true) // a served span refines, without renewing
    advance(1)
    expect(knowledge.logSpansOf(endpoints)).toEqual({})
  })

  test('memories are values, never promises', () => {
    const { knowledge } = atTime()
    knowledge.provedChainId(url, 1)
    knowledge.sawHeadAge(url, 10)
    for (const value of [knowledge.chainIdOf(url), knowledge.headAgeOf(url), knowledge.refusesBatches(url), knowledge.lacksTxpool(endpoints)])
      expect(value).not.toBeInstanceOf(Promise)
  })

  test('the number of endpoints remembered is bounded', () => {
    const { knowledge } = atTime()
    for (let i = 0; i < 1_500; i++) knowledge.provedChainId(`https://node-${i}.example`, i)
    expect(knowledge.chainIdOf('https://node-0.example')).toBeUndefined()
    expect(knowledge.chainIdOf('https://node-1499.example')).toBe(1_499)
  })
})

describe('resetNodeKnowledge', () => {
  test('forgets everything the process learned', () => {
    nodeKnowledge.provedChainId(url, 1)
    nodeKnowledge.sawHeadAge(url, 1)
    nodeKnowledge.sawBatchRefused(url)
    nodeKnowledge.sawNoTxpool(endpoints)
    noteLogSpan(endpoints, 100n, false)
    resetNodeKnowledge()
    expect([nodeKnowledge.chainIdOf(url), nodeKnowledge.headAgeOf(url), nodeKnowledge.refusesBatches(url), nodeKnowledge.lacksTxpool(endpoints), refusedLogSpan(endpoints)]).toEqual([
      undefined,
      undefined,
      false,
      false,
      undefined,
    ])
  })
})

describe('log ranges: limits are learned from range errors, not from timeouts', () => {
  test("a provider's limit is learned, and later scans start below it", () => {
    noteLogSpan(endpoints, 10_000n, false, new LogRangeError('block range greater than 10000 max'))
    expect(refusedLogSpan(endpoints)).toBe(10_000n)
    expect(firstLogSpan(endpoints, 50_000n)).toBe(5_000n)
    expect(firstLogSpan(endpoints, 2_000n)).toBe(2_000n)
  })

  test('a node that timed out on a range teaches nothing that outlives the scan', () => {
    const timeout = new LogRangeError('query timeout exceeded')
    expect(timeout.transient).toBe(true)
    noteLogSpan(endpoints, 10_000n, false, timeout)
    expect(refusedLogSpan(endpoints)).toBeUndefined()
    expect(firstLogSpan(endpoints, 50_000n)).toBe(50_000n)
  })
})
