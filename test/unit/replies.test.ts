import { describe, expect, test } from 'vitest'
import { headProblem, replyProblem } from '../../src/rpc/replies.js'

const hash = `0x${'ab'.repeat(32)}`
const address = `0x${'12'.repeat(20)}`
const block = { number: '0x10', hash, timestamp: '0x6553f100', baseFeePerGas: '0x3b9aca00', transactions: [hash] }
const transaction = { hash, from: address, to: null, nonce: '0x5', value: '0x0', type: '0x2', gas: '0x5208', input: '0x', maxFeePerGas: '0x1', maxPriorityFeePerGas: '0x1', blockNumber: null }
const log = { address, topics: [hash], data: '0x' }
const receipt = { status: '0x1', blockNumber: '0x10', gasUsed: '0x5208', effectiveGasPrice: '0x3b9aca00', logs: [log] }

describe('node replies are checked where they enter', () => {
  test.each([
    ['eth_chainId', '0x2105'],
    ['eth_blockNumber', '0x10'],
    ['eth_getBlockByNumber', block],
    ['eth_getBlockByNumber', null],
    ['eth_getBlockByHash', { ...block, transactions: [transaction] }],
    ['eth_getTransactionByHash', transaction],
    ['eth_getTransactionByHash', null],
    ['eth_getTransactionReceipt', receipt],
    ['eth_getTransactionReceipt', { ...receipt, status: undefined, root: hash }],
    ['eth_getTransactionReceipt', null],
    ['eth_getLogs', []],
    ['eth_getLogs', [log, { ...log, topics: [], data: '0x00ff', extra: 1 }]],
    ['txpool_content', { pending: { [address]: { '5': transaction } }, queued: {} }],
    ['eth_call', 'anything: not checked here'],
  ])('%s: a well-formed reply passes', (method, reply) => {
    expect(replyProblem(method, [], reply)).toBeUndefined()
  })

  test('a pending block may have no number or hash yet', () => {
    expect(replyProblem('eth_getBlockByNumber', ['pending', false], { ...block, number: null, hash: null })).toBeUndefined()
    expect(replyProblem('eth_getBlockByNumber', ['latest', false], { ...block, number: null, hash: null })).toBe('number: expected string')
  })

  test.each([
    ['eth_chainId', 8453, 'the result: expected string'],
    ['eth_chainId', '0x1000000000000000000', 'the result: not a hex quantity below 2^52'],
    ['eth_blockNumber', 'latest', 'the result: not a hex quantity below 2^52'],
    ['eth_getBlockByNumber', { ...block, timestamp: undefined }, 'timestamp is missing'],
    ['eth_getBlockByNumber', { ...block, baseFeePerGas: 7 }, 'baseFeePerGas: expected string'],
    ['eth_getBlockByNumber', 'block', 'the result: expected object'],
    ['eth_getTransactionByHash', { ...transaction, from: 'nobody' }, 'from: not an address'],
    ['eth_getTransactionByHash', { ...transaction, nonce: undefined }, 'nonce is missing'],
    ['eth_getTransactionByHash', { ...transaction, maxFeePerGas: '1 gwei' }, 'maxFeePerGas: not a hex quantity'],
    // Found in review: each of these reached arithmetic or slicing in the checks and became a 500.
    ['eth_getTransactionByHash', { ...transaction, gas: undefined }, 'gas is missing'],
    ['eth_getTransactionByHash', { ...transaction, input: 42 }, 'input: expected string'],
    ['eth_getTransactionReceipt', { ...receipt, effectiveGasPrice: undefined }, 'effectiveGasPrice is missing'],
    ['debug_traceTransaction', { output: 7 }, 'output: expected string'],
    ['debug_traceTransaction', { output: '0xZZZZ' }, 'output: not hex data'],
    ['eth_getTransactionReceipt', { ...receipt, status: undefined }, 'status: neither status nor root'],
    ['eth_getTransactionReceipt', { ...receipt, logs: undefined }, 'logs is missing'],
    ['eth_getTransactionReceipt', { ...receipt, logs: [{ ...log, topics: ['0x01'] }] }, 'logs[0].topics[0]: not a 32-byte hex value'],
    ['eth_getLogs', { logs: [] }, 'the result: expected array'],
    ['eth_getLogs', [log, { ...log, data: '0xabc' }], '[1].data: not hex data'],
    ['eth_getLogs', [{ ...log, topics: hash }], '[0].topics: expected array'],
    ['txpool_content', { pending: [] }, 'pending: expected record'],
    ['txpool_content', { pending: { '<b>evil</b>': 5 } }, 'pending.…: expected record'],
  ])('%s: %j is malformed (%s)', (method, reply, problem) => {
    expect(replyProblem(method, [], reply)).toBe(problem)
  })

  test('the freshness checks read only the newest block’s number and timestamp', () => {
    expect(headProblem({ number: '0x0', timestamp: '0x1' })).toBeUndefined()
    expect(headProblem(null)).toBeUndefined()
    expect(headProblem({ number: '0x0' })).toBe('timestamp is missing')
    expect(headProblem({ number: 7, timestamp: '0x1' })).toBe('number: expected string')
    expect(headProblem([])).toBe('the result: expected object')
  })
})
