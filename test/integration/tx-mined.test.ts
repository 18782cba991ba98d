import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startLab, type Lab } from '../harness/lab.js'
import * as scenario from '../harness/scenarios.js'
import { ask } from '../helpers/diagnose.js'

let lab: Lab
beforeAll(async () => {
  lab = await startLab()
})
afterAll(() => lab?.stop())

const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`

/** How a failure's reason is found on each profile: a trace on the lab's node, today's state on a pruned one. */
const reasonFrom = (onLab: 'trace') => (process.env.TXDOCTOR_LAB_PROFILE === 'public' ? { reasonSource: 'replay-latest', approximate: true } : { reasonSource: onLab, approximate: false })

describe('mined transactions on a real node', () => {
  test('TX_SUCCESS: an ERC-20 transfer, decoded with symbol and decimals, not yet final', async () => {
    const { hash, token } = await scenario.tokenTransfer(lab)
    const { diagnosis, answer, codes, finding } = await ask(lab, hash)
    expect(diagnosis).toMatchObject({ kind: 'transaction', status: 'success', chain: { id: 31337 } })
    expect(codes).toEqual(['TX_SUCCESS', 'TX_NOT_FINAL'])
    expect(finding('TX_SUCCESS')!.facts).toMatchObject({ transfers: [{ standard: 'erc20', token, symbol: 'TUSD', decimals: 6, amount: 250_000_000n }], sender: diagnosis.facts.from })
    expect(answer.findings[0]!.body).toContain('250 «TUSD»')
    // Who sent it, and the token contract it called: not a "To" that reads as the recipient.
    expect(answer.details.find((d) => d.key === 'to')).toMatchObject({ label: 'Contract called', value: token })
    expect(answer.handoff).toContain(`Contract called: ${token}`)
    // Found on the first round trip, everything else on the second.
    expect(diagnosis.meta.roundTrips).toBeLessThanOrEqual(2)
  })

  test('the answer says which transaction it is: what moved, from and to whom, when', async () => {
    const { hash, token, from, to } = await scenario.tokenTransfer(lab)
    const block = await lab.a.provider.getBlock((await lab.a.provider.getTransactionReceipt(hash))!.blockNumber)
    const time = new Date(block!.timestamp * 1000).toISOString()
    const novice = (await ask(lab, hash, { level: 'novice' })).answer
    expect(novice.about).toBe(`This is a transfer of 250 «TUSD» from ${short(from)} to ${short(to)}, completed on ${time.slice(0, 10)} at ${time.slice(11, 16)} UTC.`)
    const expert = (await ask(lab, hash, { level: 'expert', lang: 'zh-CN' })).answer
    expect(expert.about).toContain(`ERC-20 转账 250 «TUSD»（250000000 最小单位，代币 ${short(token)}）${short(from)} → ${short(to)}，取自 Transfer 日志`)
    expect(expert.handoff).toContain(`转出 250 «TUSD» 的转账`)
    // A permission is named as one, with its spender: not only "the transaction went through".
    const approval = await scenario.approval(lab, 'flagged')
    const permission = (await ask(lab, approval.hash, { level: 'novice' })).answer
    expect(permission.about).toMatch(new RegExp(`^This is a permission from wallet 0x.{4}….{4} for ${short(approval.spender)} to spend any amount of «TUSD», completed on `))
    // Nothing moved: it went through, but no "a completed transfer cannot be undone" beside "remove the permission".
    const went = permission.findings.find((f) => f.code === 'TX_SUCCESS')!
    expect(went.body).toContain('it sent no coins and recorded no token transfer')
    expect(permission.findings.map((f) => f.body).join(' ')).not.toMatch(/cannot be undone|transfer is done/)
  })

  test('TX_SUCCESS without TX_NOT_FINAL once the finalized block has passed it', async () => {
    const { hash } = await scenario.nativeTransfer(lab)
    await lab.rpc(lab.a, 'anvil_mine', ['0x80'])
    const { codes, answer } = await ask(lab, hash, { level: 'novice' })
    expect(codes).toEqual(['TX_SUCCESS'])
    expect(answer.headline).toBe('The transfer went through.')
    expect(answer.findings[0]!.body).toContain('1.5 ETH')
  })

  test.each([
    // Without tracing or old state (the public profile), the reason comes from re-running it against today's state.
    ['reason', 'TX_FAILED_REVERTED', { reason: 'Sale has ended', errorName: 'Error', ...reasonFrom('trace') }],
    ['known-custom', 'TX_FAILED_REVERTED', { errorName: 'OwnableUnauthorizedAccount' }],
    ['unknown-custom', 'TX_FAILED_REVERTED', { selector: expect.stringMatching(/^0x[0-9a-f]{8}$/) }],
    ['panic', 'TX_FAILED_REVERTED', { errorName: 'Panic', panicCode: 0x12 }],
    ['out-of-gas', 'TX_FAILED_OUT_OF_GAS', { gasLimit: 60_000n, gasUsed: 60_000n }],
  ] as const)('%s → %s', async (kind, code, facts) => {
    const { hash } = await scenario.failedWith(lab, kind)
    const { diagnosis, codes, finding } = await ask(lab, hash)
    expect(diagnosis.status).toBe('failed')
    expect(codes).toEqual([code])
    expect(finding(code)!.facts).toMatchObject(facts)
    expect(diagnosis.meta.roundTrips).toBeLessThanOrEqual(3)
  })

  test.each([
    ['deadline', 'TX_FAILED_DEADLINE'],
    ['slippage', 'TX_FAILED_SLIPPAGE'],
    ['allowance', 'TX_FAILED_ALLOWANCE'],
    ['balance', 'TX_FAILED_BALANCE'],
  ] as const)('failed swap, %s → %s', async (kind, code) => {
    const { hash } = await scenario.failedSwap(lab, kind)
    const { codes, answer } = await ask(lab, hash, { level: 'novice' })
    expect(codes).toEqual([code])
    expect(answer.findings[0]!.body).toMatch(/fee/)
  })

  test('failed swap, allowance: the decoded error’s spender, allowance and amount needed, in the spent token’s units', async () => {
    const { hash, router } = await scenario.failedSwap(lab, 'allowance')
    const [spender, token] = [await router.getAddress(), await router.getFunction('tokenIn')()]
    const { finding, answer } = await ask(lab, hash)
    expect(finding('TX_FAILED_ALLOWANCE')!.facts).toMatchObject({ errorName: 'ERC20InsufficientAllowance', spender, allowance: 0n, needed: 10n ** 18n, token, symbol: 'WETH', decimals: 18 })
    expect(answer.findings[0]!.body).toContain(`spender ${spender}, allowance 0 «WETH» (0 base units), needed 1 «WETH» (1000000000000000000 base units).`)
    expect(answer.findings[0]!.actions[0]).toContain(`approve(${spender}, 1000000000000000000) on ${token}`)
    const novice = await ask(lab, hash, { level: 'novice' })
    expect(novice.answer.findings[0]!.body).toContain(`The app (${spender.slice(0, 6)}…${spender.slice(-4)}) was allowed to use 0 «WETH» of yours but needed 1 «WETH».`)
  })

  test('failed swap, balance: what the wallet held against what was needed', async () => {
    const { hash, trader } = await scenario.failedSwap(lab, 'balance')
    const { finding, answer } = await ask(lab, hash, { level: 'novice' })
    expect(finding('TX_FAILED_BALANCE')!.facts).toMatchObject({ errorName: 'ERC20InsufficientBalance', holder: trader.address, held: 0n, needed: 10n ** 18n, symbol: 'WETH' })
    expect(answer.findings[0]!.body).toContain('It tried to move 1 «WETH», but the wallet')
  })

  test('failed swap, slippage: the minimum accepted in the output token’s units, with its symbol', async () => {
    const { hash, minOut, tokenOut } = await scenario.failedSwap(lab, 'slippage')
    const { finding, answer } = await ask(lab, hash)
    expect(finding('TX_FAILED_SLIPPAGE')!.facts).toMatchObject({ minimumOut: minOut, token: await tokenOut.getAddress(), symbol: 'DAI', decimals: 18 })
    expect(answer.findings[0]!.body).toContain('amountOutMin 3 «DAI» (3000000000000000000 base units)')
    const novice = await ask(lab, hash, { level: 'novice', lang: 'zh-CN' })
    expect(novice.answer.headline).toBe('兑换被中止：你能收到的数量会低于你设定的最低值（3 «DAI»）。')
    // What it sold, from the input: the amount in, and the least it would take.
    expect(novice.answer.about).toContain('用 1 «WETH» 换至少 3 «DAI»')
    // Read with the other token facts: no extra round trip.
    expect(novice.diagnosis.meta.roundTrips).toBeLessThanOrEqual(3)
  })

  test('failed swap, deadline: the deadline from the input in UTC, and how late it was', async () => {
    const { hash, deadline } = await scenario.failedSwap(lab, 'deadline')
    const { finding, answer } = await ask(lab, hash)
    const facts = finding('TX_FAILED_DEADLINE')!.facts as { minedAt: bigint }
    expect(facts).toMatchObject({ deadline })
    const late = Number(facts.minedAt - deadline)
    expect(late).toBeGreaterThanOrEqual(60)
    const utc = new Date(Number(deadline) * 1000).toISOString().slice(0, 19).replace('T', ' ')
    expect(answer.findings[0]!.body).toContain(`${deadline} (${utc} UTC)`)
    expect(answer.findings[0]!.body).toMatch(new RegExp(`${late < 120 ? `${late} seconds` : `${Math.round(late / 60)} minutes`} late`))
  })

  test('expert details: fees per gas in gwei, amounts in the coin, gas as counts, the latest block explained', async () => {
    const { hash } = await scenario.nativeTransfer(lab)
    const { answer } = await ask(lab, hash)
    const d = Object.fromEntries(answer.details.map((x) => [x.key, x.value]))
    expect(d.value).toBe('1.5 ETH (1500000000000000000 wei)')
    expect(d.maxFeePerGas).toMatch(/^[\d.]+ gwei \(\d+ wei\)$/)
    expect(d.gasUsed).toBe('21,000 gas (100% of the limit)')
    expect(d.fee).toMatch(/^[\d.]+ ETH \(\d+ wei\) = 21,000 gas × [\d.]+ gwei$/)
    expect(d.head).toMatch(/^[\d,]+ \(the node's newest when checked; [\d,]+ confirmations?\)$/)
  })

  test('TX_TOKEN_TO_CONTRACT', async () => {
    const { hash, token } = await scenario.tokenToItsOwnContract(lab)
    const { codes, finding, answer } = await ask(lab, hash)
    expect(codes).toContain('TX_TOKEN_TO_CONTRACT')
    expect(finding('TX_TOKEN_TO_CONTRACT')!.facts).toMatchObject({ token, amount: 5_000_000n, symbol: 'TUSD' })
    expect(answer.severity).toBe('danger')
  })

  test('TX_RECIPIENT_NOT_ON_CHAIN: ETH sent to a smart wallet that exists only on the other chain', async () => {
    const { hash, wallet } = await scenario.sendToContractOnOtherChain(lab)
    const { codes, finding } = await ask(lab, hash)
    expect(codes).toContain('TX_RECIPIENT_NOT_ON_CHAIN')
    expect(finding('TX_RECIPIENT_NOT_ON_CHAIN')!.facts).toMatchObject({ recipient: wallet, chain: { id: 31337 }, codeOnChains: [{ id: 31338 }] })
  })

  test.each([
    ['eoa', ['APPROVAL_UNLIMITED', 'APPROVAL_TO_EOA'], 'danger'],
    ['flagged', ['APPROVAL_UNLIMITED', 'APPROVAL_FLAGGED_SPENDER'], 'danger'],
    ['unknown-contract', ['APPROVAL_UNLIMITED', 'APPROVAL_TO_UNKNOWN_CONTRACT'], 'warning'],
  ] as const)('TX_APPROVAL to %s', async (spender, risks, severity) => {
    const { hash } = await scenario.approval(lab, spender)
    const { finding, diagnosis, answer } = await ask(lab, hash)
    const owner = diagnosis.facts.from as string
    expect(finding('TX_APPROVAL')).toMatchObject({ severity, facts: { method: 'approve', risks, symbol: 'TUSD', owner, grantedAmount: 2n ** 256n - 1n } })
    // The expert's read names the wallet, and the exact value set.
    expect(answer.findings.find((f) => f.code === 'TX_APPROVAL')!.body).toContain(`.allowance(${owner}, `)
    expect(answer.findings.find((f) => f.code === 'TX_APPROVAL')!.body).toContain('115792089237316195423570985008687907853269984665640564039457584007913129639935')
  })

  test('TX_APPROVAL for a whole NFT collection', async () => {
    const { hash } = await scenario.approvalForAll(lab)
    const { finding } = await ask(lab, hash)
    expect(finding('TX_APPROVAL')).toMatchObject({ severity: 'danger', facts: { method: 'setApprovalForAll', permission: 'for-all', symbol: 'TAPE', risks: ['APPROVAL_TO_EOA', 'APPROVAL_FOR_ALL'], revoke: expect.stringMatching(/\.setApprovalForAll\(0x[0-9a-fA-F]{40}, false\)$/) } })
  })

  test('TX_EIP7702_DELEGATION to an unknown contract is dangerous', async () => {
    const { hash, victim, delegate } = await scenario.delegateToSweeper(lab)
    const { finding, answer } = await ask(lab, hash)
    expect(finding('TX_EIP7702_DELEGATION')).toMatchObject({ severity: 'danger', facts: { authority: victim, delegate, known: false, authorizationChainId: 31337, authorizationNonce: expect.any(Number) } })
    expect(answer.findings[0]!.body).toMatch(/Authorization chainId 31337, nonce \d+\./)
  })

  test('TX_EIP7702_DELEGATION to a known smart-account implementation is information, not danger', async () => {
    const { hash, delegate } = await scenario.delegateToKnownAccount(lab)
    const { finding, answer } = await ask(lab, hash, { level: 'novice' })
    expect(finding('TX_EIP7702_DELEGATION')).toMatchObject({ severity: 'info', facts: { delegate, known: true, delegateLabel: 'MetaMask Smart Account (EIP7702StatelessDeleGator)' } })
    expect(answer.severity).not.toBe('danger')
  })

  test('TX_ADDRESS_POISONING: a zero transfer to a lookalike of a real counterparty', async () => {
    const { hash, lookalike, genuine, victim, attacker } = await scenario.poisoning(lab)
    const { finding, answer } = await ask(lab, hash)
    const receipt = await lab.a.provider.getTransactionReceipt(hash)
    const block = await lab.a.provider.getBlock(receipt!.blockNumber)
    // Someone else moved 0 "from" the victim to the look-alike: it reads as if the victim had paid it.
    expect(finding('TX_ADDRESS_POISONING')!.facts).toEqual({
      victim, direction: 'victim-to-lookalike', lookalike, genuine, sentBy: attacker,
      differsAt: [4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 21, 22, 23, 25, 26, 27, 29, 31, 32, 33, 34, 35],
      token: expect.stringMatching(/^0x[0-9a-fA-F]{40}$/), amount: 0n, decimals: 6, symbol: 'TUSD', lures: 1, minedAt: BigInt(block!.timestamp),
    })
    const card = answer.findings.find((f) => f.code === 'TX_ADDRESS_POISONING')!
    expect(card.facts).toMatchObject({ differsAt: expect.arrayContaining([4, 35]), minedAt: String(block!.timestamp) }) // JSON: positions as numbers
    expect(card.body).toContain(`from victim ${victim} to lookalike ${lookalike}`)
    expect(card.body).toContain(genuine)
    const novice = (await ask(lab, hash, { level: 'novice' })).answer.findings.find((f) => f.code === 'TX_ADDRESS_POISONING')!
    expect(novice.title).not.toMatch(/from a look-alike/) // it went to the look-alike, not from it
    expect(novice.body).toContain(`Real address, the one you dealt with before: ${genuine}. Fake address: ${lookalike}.`)
    // The scammer paid the lure's fee, not the victim; the sentence on top says it is a fake, the look-alike in full.
    expect(finding('TX_SUCCESS')!.facts).toMatchObject({ sender: attacker })
    const plain = (await ask(lab, hash, { level: 'novice' })).answer
    expect(plain.findings.find((f) => f.code === 'TX_SUCCESS')!.body).toContain(`paid by the one who sent it, ${short(attacker)}, not by ${short(victim)}`)
    expect(plain.about).toMatch(new RegExp(`^This is a fake transfer of 0 «TUSD», made to look as if ${short(victim)} had sent it to ${lookalike}; it was sent by ${short(attacker)}, recorded on `))
    // The hand-off repeats that sentence (the look-alike whole) and names the sender once.
    expect(plain.handoff).toContain(plain.about!)
    expect(plain.handoff).toContain(`Sent by: ${attacker}`)
    expect(plain.handoff).not.toContain('Transaction sent by')
  })

  test('untrusted token symbols are data: sanitized, quoted, never instructions', async () => {
    const { hash } = await scenario.hostileTokenTransfer(lab)
    const { answer, finding } = await ask(lab, hash)
    expect(answer.untrusted.tokenSymbols).toEqual(['<img src=x onerror=alert(1)> claim at evil.xyz'])
    expect(answer.findings.find((f) => f.code === 'TX_SUCCESS')!.body).toContain('«<img src=x onerror=alert(1)> claim at evil.xyz»')
    // A token that advertises a site is itself a scam signal, and leads the answer.
    expect(finding('TX_SCAM_TOKEN')).toMatchObject({ severity: 'danger', facts: { reasons: ['link'], name: 'Visit evil.xyz' } })
    expect(answer.findings[0]!.code).toBe('TX_SCAM_TOKEN')
  })

  test('TX_ON_OTHER_CHAIN: asked on chain 31337, the hash is on 31338', async () => {
    const { hash } = await scenario.nativeTransfer(lab, lab.b)
    const { diagnosis, codes, finding } = await ask(lab, hash, { chain: '31337' })
    expect(codes[0]).toBe('TX_ON_OTHER_CHAIN')
    expect(finding('TX_ON_OTHER_CHAIN')!.facts).toMatchObject({ askedChain: { id: 31337 }, foundChain: { id: 31338 } })
    expect(diagnosis.chain).toEqual({ id: 31338, name: 'Chain 31338' })
  })

  test('TX_NOT_FOUND on every chain, with the Bitcoin/TRON hint for a bare 64-hex id', async () => {
    const { diagnosis, codes, finding } = await ask(lab, 'ab'.repeat(32))
    expect(codes).toEqual(['TX_NOT_FOUND'])
    expect(finding('TX_NOT_FOUND')!.facts).toMatchObject({ maybeNonEvm: true, checkedChains: expect.arrayContaining([{ id: 31337, name: 'Local devnet' }]) })
    expect(diagnosis.meta.checkedChains.sort()).toEqual([31337, 31338])
    expect(diagnosis.meta, JSON.stringify(diagnosis.meta)).toMatchObject({ roundTrips: 1, partial: false })
  })
})

describe('more approvals and token kinds', () => {
  test('TX_APPROVAL through Permit2, with its expiry', async () => {
    const { hash, token, spender } = await scenario.permit2Approval(lab)
    const { finding, answer } = await ask(lab, hash)
    expect(finding('TX_APPROVAL')).toMatchObject({ facts: { method: 'permit2', token, spender, amount: 500_000_000n, risks: ['APPROVAL_TO_UNKNOWN_CONTRACT', 'APPROVAL_PERMIT2'] } })
    expect(answer.findings.find((f) => f.code === 'TX_APPROVAL')!.actions[0]).toContain(`Permit2.approve(${token}, ${spender}, 0, 0)`)
  })

  test('TX_APPROVAL from an EIP-2612 permit submitted by someone else', async () => {
    const { hash, spender } = await scenario.signedPermit(lab)
    const { finding } = await ask(lab, hash)
    expect(finding('TX_APPROVAL')).toMatchObject({ severity: 'danger', facts: { method: 'permit', spender, risks: ['APPROVAL_UNLIMITED', 'APPROVAL_TO_EOA'] } })
  })

  test('TX_SUCCESS decodes an ERC-1155 transfer', async () => {
    const { hash, token } = await scenario.multiTokenTransfer(lab)
    const { finding } = await ask(lab, hash)
    expect(finding('TX_SUCCESS')!.facts).toMatchObject({ transfers: [{ standard: 'erc1155', token, amount: 3n, tokenId: 7n }] })
  })
})
