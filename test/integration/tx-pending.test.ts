import type { Hash } from 'viem'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { explain } from '../../src/explain/explain.js'
import { MemoryPendingStore } from '../../src/store/pending-store.js'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { ask } from '../helpers/diagnose.js'

const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`

let lab: Lab
beforeAll(async () => {
  lab = await startLab()
  await scenario.setAutomine(lab, lab.a, false)
})
afterAll(() => lab?.stop())

// Each scenario uses its own sender, so they can wait in the pool side by side. Order matters only where a test
// mines a block.
describe('pending transactions on a real node (automine off)', () => {
  test('TX_PENDING: next in line with competitive fees', async () => {
    const { hash } = await scenario.healthyPending(lab)
    const { diagnosis, codes, answer } = await ask(lab, hash, { level: 'novice' })
    expect(diagnosis.status).toBe('pending')
    expect(codes).toEqual(['TX_PENDING'])
    expect(answer.findings[0]!.actions.join(' ')).toMatch(/Don't send the transfer again/)
    expect(diagnosis.meta.roundTrips).toBeLessThanOrEqual(2)
  })

  test('TX_PENDING_FEE_TOO_LOW: the base fee rose above the fee cap; the fix follows the 10 % rule', async () => {
    const { hash } = await scenario.stuckUnderpriced(lab)
    const { diagnosis, codes, finding, answer } = await ask(lab, hash)
    expect(codes).toEqual(['TX_PENDING_FEE_TOO_LOW'])
    const facts = finding('TX_PENDING_FEE_TOO_LOW')!.facts as { maxFeePerGas: bigint; nextBaseFeePerGas: bigint; replacement: { maxFeePerGas: bigint; maxPriorityFeePerGas: bigint } }
    expect(facts.maxFeePerGas).toBe(scenario.gwei(3))
    expect(facts.nextBaseFeePerGas).toBeGreaterThan(scenario.gwei(3))
    expect(facts.replacement.maxPriorityFeePerGas).toBeGreaterThanOrEqual(scenario.gwei('1.1'))
    expect(facts.replacement.maxFeePerGas).toBeGreaterThanOrEqual(2n * facts.nextBaseFeePerGas)
    expect(answer.findings[0]!.actions[0]).toMatch(/maxFeePerGas ≥ .* gwei and maxPriorityFeePerGas ≥ .* gwei/)
    expect(diagnosis.meta.roundTrips).toBeLessThanOrEqual(2)
    // A wallet's default speed-up (+10 %) would leave it stuck: the novice is told to pick the highest fee.
    expect((await ask(lab, hash, { level: 'novice' })).answer.findings[0]!.actions[0]).toMatch(/choose the highest \(fastest\) fee/)
  })

  test('a waiting transfer says what it is, and how long it has waited once txdoctor has seen it before', async () => {
    const store = new MemoryPendingStore()
    const { hash } = await scenario.stuckUnderpriced(lab, lab.a, await scenario.freshWallet(lab, lab.a))
    const recipient = short(lab.a.accounts[0]!.address)
    const first = await ask(lab, hash, { level: 'novice', store })
    expect(first.answer.about).toMatch(new RegExp(`^This is a transfer of 0\\.01 ETH from 0x.{4}….{4} to ${recipient}, not processed yet\\.$`))
    // Seen five minutes ago: the second ask knows it has waited at least that long (and no cause is assumed).
    const seen = (await store.get(hash as Hash))!
    await store.put(hash as Hash, { ...seen, firstSeenAt: seen.firstSeenAt! - 5 * 60_000 })
    const second = await ask(lab, hash, { level: 'novice', store })
    expect(second.answer.about).toContain(`to ${recipient}, waiting for at least 5 minutes.`)
    expect(second.answer.findings[0]!.body).not.toMatch(/went up after you sent it/)
    const expert = await ask(lab, hash, { level: 'expert', store })
    expect(expert.answer.about).toMatch(/^Tx: native transfer of 0\.01 ETH \(10000000000000000 wei\) .*; pending, first seen \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, waiting ≥ 5 minutes\.$/)
    expect((await ask(lab, hash, { level: 'novice', lang: 'zh-CN', store })).answer.about).toContain(`向 ${recipient} 转出 0.01 ETH 的转账，已等待至少 5 分钟。`)
  })

  test('TX_PENDING_NONCE_GAP lists the missing nonces, and the fees that fill them or stop this one', async () => {
    const { hash, missing } = await scenario.nonceGap(lab)
    const { codes, finding, answer } = await ask(lab, hash)
    expect(codes).toEqual(['TX_PENDING_NONCE_GAP'])
    const facts = finding('TX_PENDING_NONCE_GAP')!.facts as { missingNonces: number[]; nonce: number; nextBaseFeePerGas: bigint; fill: { maxFeePerGas: bigint }; replacement: { nonce: number; maxFeePerGas: bigint } }
    expect(facts).toMatchObject({ missingNonces: missing })
    // A gap-filling send carries a fee of its own, above the next base fee; the stopping replacement clears it too.
    expect(facts.fill.maxFeePerGas).toBeGreaterThan(facts.nextBaseFeePerGas)
    expect(facts.replacement).toMatchObject({ nonce: facts.nonce })
    expect(facts.replacement.maxFeePerGas).toBeGreaterThan(facts.nextBaseFeePerGas)
    expect(answer.findings[0]!.actions.join(' ')).toMatch(/each with maxFeePerGas ≥ [\d.]+ gwei/)
    const novice = (await ask(lab, hash, { level: 'novice' })).answer
    expect(novice.headline).toBe(missing.length === 1 ? 'Your transfer is waiting for an earlier one that has not arrived.' : `Your transfer is waiting for ${lab.profile === 'public' ? 'up to ' : ''}${missing.length} earlier transfers that have not arrived.`)
  })

  test('one skipped nonce is known without reading the pool: 2 round trips', async () => {
    const { hash, missing } = await scenario.nonceGap(lab, lab.a, await scenario.freshWallet(lab, lab.a), { skip: 1 })
    const { codes, finding, diagnosis } = await ask(lab, hash)
    expect(codes).toEqual(['TX_PENDING_NONCE_GAP'])
    expect(finding('TX_PENDING_NONCE_GAP')!.facts).toMatchObject({ missingNonces: missing })
    expect(diagnosis.meta.roundTrips).toBe(2)
  })

  test('of several skipped nonces, those sent later (waiting in the pool) are not listed as missing', async () => {
    const { hash, missing } = await scenario.nonceGap(lab, lab.a, await scenario.freshWallet(lab, lab.a), { skip: 3, sentLater: [1] })
    const { finding, diagnosis } = await ask(lab, hash)
    expect(missing).toHaveLength(2)
    if (lab.profile === 'public') {
      // No pool to ask: all three are listed, and the answer says some may be waiting already.
      expect(finding('TX_PENDING_NONCE_GAP')!.facts).toEqual({
        nonce: 3, nextNonce: 0, missingNonces: [0, 1, 2], poolUnknown: true,
        nextBaseFeePerGas: expect.any(BigInt), fill: expect.any(Object), replacement: expect.objectContaining({ nonce: 3 }),
      })
      expect(diagnosis.meta.roundTrips).toBe(2)
    } else {
      expect(finding('TX_PENDING_NONCE_GAP')!.facts).toMatchObject({ missingNonces: missing })
      expect(diagnosis.meta.roundTrips).toBe(3) // the pool is the only place that knows
    }
  })

  test('TX_PENDING_QUEUED_BEHIND names the stuck transaction in front', async () => {
    const { hash, blocking, blockingNonce } = await scenario.queuedBehind(lab)
    const { codes, finding } = await ask(lab, hash)
    expect(codes).toEqual(['TX_PENDING_QUEUED_BEHIND'])
    // Only the pool can name the transaction in front; a node without one still tells which nonce blocks.
    expect(finding('TX_PENDING_QUEUED_BEHIND')!.facts).toEqual({
      nonce: blockingNonce + 1,
      blockingNonce,
      ...(lab.profile === 'public' ? {} : { blockingHash: blocking }),
      nextBaseFeePerGas: expect.any(BigInt),
    })
    // The replacement it proposes must clear the next base fee as well as the 10 % rule.
    const expert = (await ask(lab, hash, { level: 'expert' })).answer.findings.find((f) => f.code === 'TX_PENDING_QUEUED_BEHIND')!
    expect(expert.actions[0]).toMatch(/both ≥ 1\.1 × its own, and whose maxFeePerGas is also above the next base fee \([\d.,]+ gwei\)/)
  })

  test('TX_PENDING_INSUFFICIENT_FUNDS after the balance fell', async () => {
    const { hash } = await scenario.insufficientFunds(lab)
    const { codes, finding } = await ask(lab, hash)
    expect(codes).toContain('TX_PENDING_INSUFFICIENT_FUNDS')
    expect(finding('TX_PENDING_INSUFFICIENT_FUNDS')!.facts).toMatchObject({ balance: { value: 10n ** 15n } })
  })

  test('TX_PENDING_TIP_TOO_LOW against the tips of recent blocks', async () => {
    const { hash } = await scenario.tipTooLow(lab)
    const { codes, finding } = await ask(lab, hash)
    expect(codes).toEqual(['TX_PENDING_TIP_TOO_LOW'])
    expect(finding('TX_PENDING_TIP_TOO_LOW')!.facts).toMatchObject({ maxPriorityFeePerGas: scenario.gwei('0.1'), typicalPriorityFeePerGas: scenario.gwei(20) })
  })

  test('TX_REPLACED: seen pending, then sped up; the replacing transaction is named', async () => {
    const store = new MemoryPendingStore()
    const original = await scenario.pendingToReplace(lab)
    expect((await ask(lab, original.hash, { store })).diagnosis.status).toBe('pending')
    const { hash: replacement } = await scenario.replaceAndMine(lab, lab.a, original)
    const { diagnosis, codes, finding } = await ask(lab, original.hash, { store })
    expect(diagnosis.status).toBe('replaced')
    expect(codes).toEqual(['TX_REPLACED'])
    expect(finding('TX_REPLACED')!.facts).toMatchObject({ nonce: original.nonce, replacedBy: replacement })
    expect(explain(diagnosis, { level: 'expert', lang: 'en' }).about).toMatch(/^Tx: native transfer of 0\.01 ETH .*; replaced \(nonce \d+ used by a mined transaction\), first seen /)
  })

  test('TX_DROPPED: seen pending, then gone from the pool with its nonce unused', async () => {
    await scenario.setAutomine(lab, lab.b, false)
    const store = new MemoryPendingStore()
    const { hash } = await scenario.healthyPending(lab, lab.b)
    await ask(lab, hash, { store })
    await scenario.dropFromPool(lab, lab.b, hash)
    const { diagnosis, codes, answer } = await ask(lab, hash, { store, level: 'novice' })
    expect(diagnosis.status).toBe('dropped')
    expect(codes).toEqual(['TX_DROPPED'])
    // No node has it any more; what it was comes from when it was seen waiting.
    expect(answer.about).toMatch(new RegExp(`^This is a transfer of 0\\.01 ETH from 0x.{4}….{4} to ${short(lab.b.accounts[0]!.address)}, first seen waiting on \\d{4}-\\d\\d-\\d\\d at \\d\\d:\\d\\d UTC\\.$`))
  })

  test('without a memory of it, a vanished hash is honestly not found', async () => {
    const { hash } = await scenario.healthyPending(lab, lab.b)
    await scenario.dropFromPool(lab, lab.b, hash)
    expect((await ask(lab, hash)).codes).toEqual(['TX_NOT_FOUND'])
  })

  test('a waiting token transfer is read from its input, with the token’s symbol and decimals in the same round trip', async () => {
    await scenario.setAutomine(lab, lab.b, true)
    const [, owner, receiver] = lab.b.accounts
    const token = await scenario.deployToken(lab, lab.b)
    await (await token.getFunction('mint')(owner!.address, 1_000_000_000n)).wait()
    await scenario.setAutomine(lab, lab.b, false)
    const sent = await (token.connect(owner!) as typeof token).getFunction('transfer').send(receiver!.address, 250_000_000n)
    const { diagnosis, answer } = await ask(lab, sent.hash, { level: 'novice' })
    expect(diagnosis.status).toBe('pending')
    expect(answer.about).toBe(`This is a transfer of 250 «TUSD» from ${short(owner!.address)} to ${short(receiver!.address)}, not processed yet.`)
    expect(diagnosis.meta.roundTrips).toBeLessThanOrEqual(2)
  })
})
