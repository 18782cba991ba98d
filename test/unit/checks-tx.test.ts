/** The pure transaction checks, rule by rule: evidence in, findings out (test/helpers/evidence.ts). */
import { describe, expect, test } from 'vitest'
import { checkPending } from '../../src/diagnose/tx/checks/pending.js'
import { checkSuccess } from '../../src/diagnose/tx/checks/success.js'
import type { Input } from '../../src/core/types.js'
import { checkOffline } from '../../src/diagnose/offline-checks.js'
import { serviceFindings } from '../../src/diagnose/service-checks.js'
import { checkVanished } from '../../src/diagnose/tx/checks/vanished.js'
import { checkNotFound, checkWrongNetwork } from '../../src/diagnose/tx/checks/where.js'
import { account, bob, ethereum, evidence, fees, gwei, receipt, transaction } from '../helpers/evidence.js'

const codes = (findings: { code: string }[]) => findings.map((f) => f.code)

describe('checkPending', () => {
  test.each([
    ['mined: not a pending question', { receipt: receipt(), account: account(), fees: fees() }, []],
    ['no account read (the node did not answer): no verdict', { fees: fees() }, []],
    ['next in line, fee above the next base fee, usual tip', { account: account(), fees: fees() }, ['TX_PENDING']],
    ['next in line without a fee market read: nothing to say', { account: account() }, []],
    ['its nonce was used by another mined transaction', { account: account({ latestNonce: 8, pendingNonce: 8 }), fees: fees() }, ['TX_REPLACED']],
    ['two nonces skipped', { tx: transaction({ nonce: 9 }), account: account(), fees: fees() }, ['TX_PENDING_NONCE_GAP']],
    ['behind an earlier pending one of the sender', { tx: transaction({ nonce: 8 }), account: account({ pendingNonce: 9 }), fees: fees() }, ['TX_PENDING_QUEUED_BEHIND']],
    ['fee cap below the next base fee', { tx: transaction({ maxFeePerGas: gwei(3) }), account: account(), fees: fees({ nextBaseFeePerGas: gwei(60) }) }, ['TX_PENDING_FEE_TOO_LOW']],
    ['fee cap exactly the next base fee: includable', { tx: transaction({ maxFeePerGas: gwei(20), maxPriorityFeePerGas: gwei(1) }), account: account(), fees: fees() }, ['TX_PENDING']],
    ['tip far below the typical tip', { tx: transaction({ maxPriorityFeePerGas: gwei(0.01) }), account: account(), fees: fees({ typicalPriorityFeePerGas: gwei(2) }) }, ['TX_PENDING_TIP_TOO_LOW']],
    ['balance below value + gas × fee cap', { account: account({ balance: 10n ** 17n }), fees: fees() }, ['TX_PENDING_INSUFFICIENT_FUNDS']],
    ['a gap and an underpriced fee at once: both reported', { tx: transaction({ nonce: 9, maxFeePerGas: gwei(3) }), account: account(), fees: fees() }, ['TX_PENDING_NONCE_GAP', 'TX_PENDING_FEE_TOO_LOW']],
  ] as const)('%s', (_, fields, expected) => {
    expect(codes(checkPending(evidence(fields)))).toEqual(expected)
  })

  test('a gap lists the missing nonces, leaving out what the pool holds; without the pool several are "unknown"', () => {
    const withPool = checkPending(evidence({ tx: transaction({ nonce: 10 }), account: account({ pool: { pending: new Map(), queued: new Map([[8, `0x${'cd'.repeat(32)}` as const]]) } }), fees: fees() }))
    // The fees a gap-filling send must offer (2 × next base fee + typical tip), and the replacement that stops this one.
    expect(withPool[0]!.facts).toEqual({
      nonce: 10, nextNonce: 7, missingNonces: [7, 9], nextBaseFeePerGas: gwei(20),
      fill: { maxFeePerGas: gwei(41), maxPriorityFeePerGas: gwei(1) },
      replacement: { nonce: 10, maxFeePerGas: gwei(41.1), maxPriorityFeePerGas: gwei(1.1) },
    })
    // No fee market read: no numbers invented.
    const unread = checkPending(evidence({ tx: transaction({ nonce: 10 }), account: account() }))
    expect(unread[0]!.facts).toEqual({ nonce: 10, nextNonce: 7, missingNonces: [7, 8, 9], poolUnknown: true })
    const blind = checkPending(evidence({ tx: transaction({ nonce: 10 }), account: account(), fees: fees() }))
    expect(blind[0]!.facts).toMatchObject({ missingNonces: [7, 8, 9], poolUnknown: true })
    const single = checkPending(evidence({ tx: transaction({ nonce: 8 }), account: account(), fees: fees() }))
    expect(single[0]!.facts).not.toHaveProperty('poolUnknown') // one missing nonce: it is missing, whatever the pool holds
  })

  test('an underpriced one gets a replacement that clears the next base fee and both 10 % bumps', () => {
    const [f] = checkPending(evidence({ tx: transaction({ maxFeePerGas: gwei(3), maxPriorityFeePerGas: gwei(1) }), account: account(), fees: fees({ nextBaseFeePerGas: gwei(60) }) }))
    const { replacement } = f!.facts as { replacement: { maxFeePerGas: bigint; maxPriorityFeePerGas: bigint } }
    expect(replacement.maxFeePerGas).toBeGreaterThan(gwei(60))
    expect(replacement.maxFeePerGas).toBeGreaterThanOrEqual(gwei(3.3))
    expect(replacement.maxPriorityFeePerGas).toBeGreaterThanOrEqual(gwei(1.1))
  })

  test('the shortfall is value + gas × fee cap − balance, in the chain coin', () => {
    const [f] = checkPending(evidence({ tx: transaction({ value: 10n ** 18n, gas: 21_000n, maxFeePerGas: gwei(100) }), account: account({ balance: 10n ** 18n }), fees: fees() }))
    expect(f!.facts).toMatchObject({ shortfall: { value: 21_000n * gwei(100), symbol: 'ETH', decimals: 18 } })
  })
})

describe('checkSuccess', () => {
  test.each([
    ['failed: not a success', { receipt: receipt({ status: 'reverted' }) }, []],
    ['pending: nothing yet', {}, []],
    ['finalized already', { receipt: receipt(), head: 200n, finalized: 150n }, ['TX_SUCCESS']],
    ['above the finalized head', { receipt: receipt(), head: 110n, finalized: 90n }, ['TX_SUCCESS', 'TX_NOT_FINAL']],
    ['finality unknown (no finalized tag): no claim about it', { receipt: receipt(), head: 110n }, ['TX_SUCCESS']],
  ] as const)('%s', (_, fields, expected) => {
    expect(codes(checkSuccess(evidence(fields)))).toEqual(expected)
  })

  test('confirmations count the block itself; time to final only on chains with a clock', () => {
    const [success, notFinal] = checkSuccess(evidence({ receipt: receipt({ blockNumber: 100n }), head: 104n, finalized: 90n }))
    expect(success!.facts).toMatchObject({ confirmations: 5n, fee: { value: 21_000n * gwei(20), symbol: 'ETH' } })
    // Who paid that fee: the sender, who need not be a party to what the transaction logged.
    expect(success!.facts).toMatchObject({ sender: transaction().from })
    expect(notFinal!.facts).toMatchObject({ secondsToFinal: 10 * 12 })
  })
})

describe('where the hash is, and where it went', () => {
  const hash = `0x${'ab'.repeat(32)}` as const
  const base = { ...ethereum, id: 8453, name: 'Base' }

  test('named the chain it is on, or none: no wrong-network finding; another one: TX_ON_OTHER_CHAIN naming both', () => {
    expect(checkWrongNetwork(hash, undefined, ethereum)).toEqual([])
    expect(checkWrongNetwork(hash, ethereum, ethereum)).toEqual([])
    expect(checkWrongNetwork(hash, base, ethereum)).toMatchObject([{ code: 'TX_ON_OTHER_CHAIN', facts: { askedChain: { id: 8453 }, foundChain: { id: 1 } } }])
  })

  test('not found names the chains that answered, and whether it may be another network’s id', () => {
    expect(checkNotFound(hash, [ethereum, base], true)).toMatchObject([{ code: 'TX_NOT_FOUND', facts: { checkedChains: [{ id: 1 }, { id: 8453 }], maybeNonEvm: true } }])
  })

  test.each([
    ['the nonce never moved past it: dropped', { nonce: 5, latestNonce: 5 }, { code: 'TX_DROPPED', facts: { nonce: 5, nextNonce: 5 } }],
    ['the nonce was used, replacement unknown', { nonce: 5, latestNonce: 6 }, { code: 'TX_REPLACED', facts: { nonce: 5 } }],
    ['the nonce was used by a transaction found', { nonce: 5, latestNonce: 9, replacedBy: { hash, blockNumber: 42n } }, { code: 'TX_REPLACED', facts: { nonce: 5, replacedBy: hash, replacedInBlock: 42n } }],
  ] as const)('vanished: %s', (_, evidence, expected) => {
    expect(checkVanished(evidence)).toEqual([expect.objectContaining(expected)])
  })
})

describe('answers without a node, and about the service', () => {
  test.each([
    ['a TRON address', { kind: 'non-evm-address', network: 'tron', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' }, 'address', 'non_evm', 'ADDRESS_NON_EVM'],
    ['a Solana signature', { kind: 'non-evm-transaction', network: 'solana', id: '5'.repeat(88) }, 'transaction', 'non_evm', 'TX_NON_EVM'],
    ['a mistyped checksum', { kind: 'address', address: bob, typed: bob.toLowerCase().replace('7', '7'), checksum: 'invalid' }, 'address', 'bad_checksum', 'ADDRESS_BAD_CHECKSUM'],
  ] as const)('%s', (_, input, kind, status, code) => {
    expect(checkOffline(input as Input)).toMatchObject({ kind, status, findings: [{ code }] })
  })

  test('an ordinary address or hash needs the nodes', () => {
    expect(checkOffline({ kind: 'address', address: bob, typed: bob, checksum: 'valid' })).toBeUndefined()
  })

  test('skipped nodes are warnings, and anything unread makes the answer partial, saying what', () => {
    const problems = [{ code: 'RPC_LAGGING', chainId: 1, facts: { endpoint: 'node.test', blocksBehind: 50n, secondsBehind: 600 } }] as const
    expect(serviceFindings(problems, [])).toEqual([expect.objectContaining({ code: 'RPC_LAGGING', severity: 'warning', facts: expect.objectContaining({ inDiagnosis: true }) })])
    expect(serviceFindings([], [{ what: 'Base', why: 'timed out' }]).map((f) => f.code)).toEqual(['DIAGNOSIS_PARTIAL'])
    expect(serviceFindings([], [])).toEqual([])
  })
})
