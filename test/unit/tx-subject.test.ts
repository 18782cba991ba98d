/** Which transaction an answer is about: the subject built from evidence alone (src/diagnose/tx/subject.ts). */
import { encodeFunctionData, erc20Abi, maxUint256, parseAbi, type Address } from 'viem'
import { describe, expect, test } from 'vitest'
import { calledToken, storedSubject, txSubject, vanishedSubject } from '../../src/diagnose/tx/subject.js'
import { permit2Abi } from '../../src/diagnose/abis.js'
import { account, alice, bob, ethereum, evidence, receipt, transaction } from '../helpers/evidence.js'

const token: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const carol: Address = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'
const router: Address = '0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D'
const tusd = new Map([[token.toLowerCase(), { symbol: 'TUSD', decimals: 6 }]])
const transferInput = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [bob, 250_000_000n] })

describe('txSubject', () => {
  test('a native transfer: the value and the recipient', () => {
    const s = txSubject(evidence({ receipt: receipt(), minedAt: 1_790_000_000n }))
    expect(s).toMatchObject({ from: alice, to: bob, nonce: 7, state: 'succeeded', blockNumber: 100n, minedAt: 1_790_000_000n })
    expect(s.action).toEqual({ kind: 'native-transfer', value: { value: 10n ** 18n, symbol: 'ETH', decimals: 18 }, to: bob })
  })

  test('a mined token transfer: the amount its Transfer log says arrived, not the one asked (fee-on-transfer)', () => {
    const s = txSubject(
      evidence({
        tx: transaction({ to: token, value: 0n, input: transferInput }),
        receipt: receipt(),
        events: [{ kind: 'erc20-transfer', token, from: alice, to: bob, amount: 249_000_000n }],
        tokens: tusd,
      }),
    )
    expect(s.action).toEqual({ kind: 'token-transfer', standard: 'erc20', token, symbol: 'TUSD', decimals: 6, amount: 249_000_000n, from: alice, to: bob, source: 'logs' })
  })

  test('a pending token transfer: decoded from the input, with the metadata gathering read for its token', () => {
    const tx = transaction({ to: token, value: 0n, input: transferInput })
    expect(calledToken(tx, ethereum)).toBe(token)
    const s = txSubject(evidence({ tx, tokens: tusd }))
    expect(s.state).toBe('pending')
    expect(s.action).toMatchObject({ kind: 'token-transfer', amount: 250_000_000n, symbol: 'TUSD', from: alice, to: bob, source: 'input' })
    expect(s).not.toHaveProperty('blockNumber')
  })

  test('a failed transferFrom: the token moves from its owner, not from the sender', () => {
    const input = encodeFunctionData({ abi: erc20Abi, functionName: 'transferFrom', args: [carol, bob, 5n] })
    const s = txSubject(evidence({ tx: transaction({ to: token, value: 0n, input }), receipt: receipt({ status: 'reverted' }) }))
    expect(s.state).toBe('failed')
    expect(s.action).toMatchObject({ kind: 'token-transfer', from: carol, to: bob, amount: 5n, source: 'input' })
  })

  test('a pending one seen before: since when, and how long it has waited', () => {
    const s = txSubject(evidence({ pendingSince: { firstSeenAt: 1_000_000, checkedAt: 1_000_000 + 4 * 60_000 + 400 } }))
    expect(s).toMatchObject({ firstSeenAt: 1_000_000, waitedSeconds: 240 })
    // Mined since: the time is the block's, not the store's.
    expect(txSubject(evidence({ receipt: receipt(), pendingSince: { firstSeenAt: 1, checkedAt: 2 } }))).not.toHaveProperty('waitedSeconds')
  })

  test('a pending one whose nonce a mined transaction used is replaced, not waiting', () => {
    const s = txSubject(evidence({ account: account({ latestNonce: 8, pendingNonce: 8 }), pendingSince: { firstSeenAt: 1, checkedAt: 600_000 } }))
    expect(s).toMatchObject({ state: 'replaced', firstSeenAt: 1 })
    expect(s).not.toHaveProperty('waitedSeconds')
  })

  test('the store keeps the subject as JSON; a vanished transaction is named from it', () => {
    const mined = txSubject(evidence({ tx: transaction({ to: token, value: 0n, input: transferInput }), tokens: tusd }))
    const stored = JSON.parse(JSON.stringify(storedSubject(mined))) as unknown
    expect(vanishedSubject(stored, 'dropped', 5)).toEqual({ action: mined.action, from: alice, to: token, nonce: 7, state: 'dropped', firstSeenAt: 5 })
    expect(vanishedSubject(undefined, 'replaced', 5)).toBeUndefined() // an entry from before subjects were kept
  })

  test.each([
    ['an unlimited approve', encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [carol, maxUint256] }), { method: 'approve', unlimited: true, revoke: false }],
    ['a limited approve', encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [carol, 7n] }), { method: 'approve', amount: 7n, unlimited: false, revoke: false }],
    ['a revoke', encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [carol, 0n] }), { method: 'approve', unlimited: false, revoke: true }],
    [
      'a collection-wide approval',
      encodeFunctionData({ abi: parseAbi(['function setApprovalForAll(address operator, bool approved)']), functionName: 'setApprovalForAll', args: [carol, true] }),
      { method: 'setApprovalForAll', unlimited: false, revoke: false },
    ],
  ] as const)('%s: the token, its owner and the spender', (_, input, expected) => {
    const s = txSubject(evidence({ tx: transaction({ to: token, value: 0n, input }), receipt: receipt(), tokens: tusd }))
    expect(s.action).toMatchObject({ kind: 'approval', token, symbol: 'TUSD', owner: alice, spender: carol, ...expected })
    if (!('amount' in expected)) expect(s.action).not.toHaveProperty('amount')
  })

  test('a Permit2 approval names the token from its arguments, and uint160 max is unlimited', () => {
    const input = encodeFunctionData({ abi: permit2Abi, functionName: 'approve', args: [token, carol, 2n ** 160n - 1n, 0] })
    const tx = transaction({ to: ethereum.contracts.permit2, value: 0n, input })
    expect(calledToken(tx, ethereum)).toBe(token)
    expect(txSubject(evidence({ tx })).action).toMatchObject({ kind: 'approval', method: 'permit2', token, spender: carol, unlimited: true })
  })

  test('a swap: the router call from the input, and what the wallet paid and received from the logs', () => {
    const weth: Address = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2'
    const input = encodeFunctionData({
      abi: parseAbi(['function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)']),
      functionName: 'swapExactTokensForTokens',
      args: [100n, 90n, [token, weth], alice, 1_800_000_000n],
    })
    const s = txSubject(
      evidence({
        tx: transaction({ to: router, value: 0n, input }),
        receipt: receipt(),
        tokens: tusd,
        events: [
          { kind: 'erc20-transfer', token, from: alice, to: carol, amount: 100n },
          { kind: 'erc20-transfer', token: weth, from: carol, to: alice, amount: 95n },
        ],
      }),
    )
    expect(s.action).toMatchObject({
      kind: 'swap',
      router,
      functionName: 'swapExactTokensForTokens',
      amountIn: 100n,
      minimumOut: 90n,
      deadline: 1_800_000_000n,
      paid: [{ token, symbol: 'TUSD', decimals: 6, amount: 100n }],
      received: [{ token: weth, amount: 95n }],
    })
  })

  test('a type-4 transaction is a delegation, whatever it calls', () => {
    const delegations = [{ authority: alice as Address, delegate: carol, chainId: 0, nonce: 3 }]
    const action = txSubject(evidence({ tx: transaction({ type: 'eip7702', input: '0xdeadbeef' }), delegations })).action
    expect(action).toEqual({ kind: 'delegation', delegations: [{ authority: alice, delegate: carol }] })
  })

  test('another contract call keeps its 4-byte selector and value', () => {
    const s = txSubject(evidence({ tx: transaction({ to: carol, value: 5n, input: '0x12345678abcd' }) }))
    expect(s.action).toEqual({ kind: 'contract-call', contract: carol, value: { value: 5n, symbol: 'ETH', decimals: 18 }, selector: '0x12345678' })
  })

  test('a deployment has no recipient; the new contract comes from the receipt', () => {
    const created: Address = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512'
    const s = txSubject(evidence({ tx: transaction({ to: null, value: 0n, input: '0x6080' }), receipt: receipt({ contractAddress: created }) }))
    expect(s.to).toBeNull()
    expect(s.action).toEqual({ kind: 'deployment', value: { value: 0n, symbol: 'ETH', decimals: 18 }, contract: created })
  })
})
