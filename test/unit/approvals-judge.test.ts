/**
 * One judge for both paths: the same permission, granted by a transaction (TX_APPROVAL) or found standing by the
 * approvals check (APPROVAL_*), gets the same risks and the same severity. Each case is a real log (encoded as a
 * token or Permit2 emits it), decoded by the one decoder, judged through each path's own check.
 */
import { encodeAbiParameters, encodeEventTopics, encodeFunctionData, erc20Abi, parseAbi, zeroAddress, type Address, type Hex, type Log } from 'viem'
import { describe, expect, test } from 'vitest'
import { approvalFindings, judgeReport, riskyApprovalsFinding } from '../../src/diagnose/approvals/checks.js'
import { grantsOf } from '../../src/diagnose/approvals/grants.js'
import { decodePermissionLogs, newestPerPermission, revokeCall } from '../../src/diagnose/approvals/permission.js'
import { settle, type ScanReport } from '../../src/diagnose/approvals/scan.js'
import { checkApprovals } from '../../src/diagnose/tx/checks/approvals.js'
import { alice, ethereum, evidence, receipt, transaction } from '../helpers/evidence.js'

const permit2 = ethereum.contracts.permit2
const token: Address = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'
const nft: Address = '0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D'
const person: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const unknownApp: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const knownApp = ethereum.spenders.find((s) => s.label === 'Uniswap V2 Router')!.address
const drainer = ethereum.denyList[0]!.address
const minedAt = 1_750_000_000n
const never = 2 ** 48 - 1

const events = parseAbi([
  'event Approval(address indexed owner, address indexed spender, uint256 value)',
  'event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)',
  'event ApprovalForAll(address indexed owner, address indexed operator, bool approved)',
  'event PermitApproval(address indexed owner, address indexed token, address indexed spender, uint160 amount, uint48 expiration)',
])
type ReceiptLog = Log<bigint, number, false>
const log = (address: Address, topics: Hex[], data: Hex = '0x', logIndex = 0): ReceiptLog =>
  ({ address, topics, data, blockNumber: 100n, logIndex, transactionHash: `0x${'cd'.repeat(32)}`, blockHash: `0x${'ef'.repeat(32)}`, transactionIndex: 0, removed: false }) as ReceiptLog
const uint = (value: bigint) => encodeAbiParameters([{ type: 'uint256' }], [value])

const erc20Log = (spender: Address, amount: bigint) => log(token, encodeEventTopics({ abi: [events[0]], args: { owner: alice, spender } }) as Hex[], uint(amount))
const nftLog = (spender: Address, tokenId: bigint) => log(nft, encodeEventTopics({ abi: [events[1]], args: { owner: alice, approved: spender, tokenId } }) as Hex[])
const forAllLog = (operator: Address, approved = true) => log(nft, encodeEventTopics({ abi: [events[2]], args: { owner: alice, operator } }) as Hex[], encodeAbiParameters([{ type: 'bool' }], [approved]))
// Permit2's Approval, under its own name: the selector is of `Approval(address,address,address,uint160,uint48)`.
const permit2Log = (spender: Address, amount: bigint, expiration: number) => {
  const [, ...indexed] = encodeEventTopics({ abi: [events[3]], args: { owner: alice, token, spender } }) as Hex[]
  const selector = encodeEventTopics({ abi: parseAbi(['event Approval(address indexed owner, address indexed token, address indexed spender, uint160 amount, uint48 expiration)']) })[0]!
  return log(permit2, [selector, ...indexed], encodeAbiParameters([{ type: 'uint160' }, { type: 'uint48' }], [amount, expiration]))
}

const codeOf = new Map([person, unknownApp, knownApp, drainer].map((a) => [a.toLowerCase(), a !== person]))
const supply = 10n ** 15n

/** The transaction path: a mined transaction whose receipt holds the log. */
function txPath(l: ReceiptLog) {
  const e = evidence({
    tx: transaction({ to: l.address, input: '0x1234' }),
    receipt: receipt({ logs: [l] }),
    minedAt,
    permissions: decodePermissionLogs([l], permit2),
    tokens: new Map([[token.toLowerCase(), { symbol: 'USDC', decimals: 6, totalSupply: supply }], [nft.toLowerCase(), { symbol: 'BAYC' }]]),
    hasCode: codeOf,
  })
  return checkApprovals(e)
}

/** The approvals-check path: the same log found by the scan, settled without a live read, judged at the same time. */
function scanPath(l: ReceiptLog): ScanReport {
  const [word] = newestPerPermission(decodePermissionLogs([l], permit2))
  const info = word!.token === token ? { symbol: 'USDC', decimals: 6, totalSupply: supply } : { symbol: 'BAYC' }
  const active = settle(word!, undefined, info, codeOf.get(word!.spender.toLowerCase()), Number(minedAt) * 1000)
  return { chain: ethereum, approvals: active ? [active] : [], fromBlock: 0n, toBlock: 100n, requests: 1, splits: 0, checkedAt: Number(minedAt) * 1000 }
}

const unlimited = 2n ** 256n - 1n
const cases: [string, ReceiptLog, string[], 'danger' | 'warning' | 'info'][] = [
  ['erc20 limited to a person', erc20Log(person, 5_000_000n), ['APPROVAL_TO_EOA'], 'danger'],
  ['erc20 limited to an unknown contract', erc20Log(unknownApp, 5_000_000n), ['APPROVAL_TO_UNKNOWN_CONTRACT'], 'warning'],
  ['erc20 limited to a known protocol', erc20Log(knownApp, 5_000_000n), [], 'info'],
  ['erc20 limited to a flagged spender', erc20Log(drainer, 5_000_000n), ['APPROVAL_FLAGGED_SPENDER'], 'danger'],
  ['erc20 unlimited to a person', erc20Log(person, unlimited), ['APPROVAL_UNLIMITED', 'APPROVAL_TO_EOA'], 'danger'],
  ['erc20 unlimited to an unknown contract', erc20Log(unknownApp, unlimited), ['APPROVAL_UNLIMITED', 'APPROVAL_TO_UNKNOWN_CONTRACT'], 'warning'],
  ['erc20 unlimited to a known protocol', erc20Log(knownApp, unlimited), ['APPROVAL_UNLIMITED'], 'info'],
  ['erc20 unlimited to a flagged spender', erc20Log(drainer, unlimited), ['APPROVAL_UNLIMITED', 'APPROVAL_FLAGGED_SPENDER'], 'danger'],
  ['erc20 above total supply is unlimited', erc20Log(unknownApp, supply + 1n), ['APPROVAL_UNLIMITED', 'APPROVAL_TO_UNKNOWN_CONTRACT'], 'warning'],
  ['one NFT to a person', nftLog(person, 42n), ['APPROVAL_TO_EOA'], 'danger'],
  ['one NFT to a known protocol', nftLog(knownApp, 42n), [], 'info'],
  ['a whole collection to an unknown contract', forAllLog(unknownApp), ['APPROVAL_TO_UNKNOWN_CONTRACT', 'APPROVAL_FOR_ALL'], 'warning'],
  ['a whole collection to a person', forAllLog(person), ['APPROVAL_TO_EOA', 'APPROVAL_FOR_ALL'], 'danger'],
  ['a whole collection to a known protocol', forAllLog(knownApp), ['APPROVAL_FOR_ALL'], 'info'],
  ['Permit2 with an expiry, to an unknown contract', permit2Log(unknownApp, 500_000_000n, Number(minedAt) + 86_400), ['APPROVAL_TO_UNKNOWN_CONTRACT', 'APPROVAL_PERMIT2'], 'warning'],
  ['Permit2 that never expires, to an unknown contract', permit2Log(unknownApp, 500_000_000n, never), ['APPROVAL_TO_UNKNOWN_CONTRACT', 'APPROVAL_PERMIT2'], 'warning'],
  ['Permit2 unlimited (max uint160) to a known protocol', permit2Log(knownApp, 2n ** 160n - 1n, never), ['APPROVAL_UNLIMITED', 'APPROVAL_PERMIT2'], 'info'],
]

describe('one judge: a transaction that grants a permission and the approvals check that finds it agree', () => {
  test.each(cases)('%s', (_, l, risks, severity) => {
    const [tx] = txPath(l)
    expect(tx).toMatchObject({ code: 'TX_APPROVAL', severity, facts: { risks } })
    const [standing] = judgeReport(scanPath(l))
    expect(standing).toMatchObject({ judged: { risks, severity } })
    const [found] = approvalFindings([scanPath(l)])
    // A permission with no risk at all gets no card of its own in the approvals check; the rest get their worst risk's.
    if (risks.length) expect(found).toMatchObject({ severity, facts: { risks, revoke: (tx!.facts as { revoke: string }).revoke } })
    else expect(found).toMatchObject({ code: 'APPROVALS_NONE_RISKY', facts: { approvals: 1 } })
  })
})

describe('what each permission is and how it is revoked', () => {
  test('one NFT is item #N, never unlimited, and is revoked by approving address 0 for that item', () => {
    const [tx] = txPath(nftLog(person, 42n))
    expect(tx!.facts).toMatchObject({ permission: 'nft', tokenId: 42n, revoke: `${nft}.approve(${zeroAddress}, 42)` })
    expect(tx!.facts).not.toHaveProperty('amount')
    expect((tx!.facts as { risks: string[] }).risks).not.toContain('APPROVAL_UNLIMITED')
  })

  test('an operator approval is revoked with setApprovalForAll(operator, false), never approve(operator, 0)', () => {
    const e = evidence({
      tx: transaction({ to: nft, input: encodeFunctionData({ abi: parseAbi(['function setApprovalForAll(address, bool)']), args: [person, true] }) }),
      receipt: receipt({ logs: [forAllLog(person)] }),
      permissions: decodePermissionLogs([forAllLog(person)], permit2),
      hasCode: codeOf,
    })
    const [tx] = checkApprovals(e)
    expect(tx!.facts).toMatchObject({ method: 'setApprovalForAll', permission: 'for-all', revoke: `${nft}.setApprovalForAll(${person}, false)` })
    expect(JSON.stringify(tx!.facts)).not.toContain(`approve(${person}, 0)`)
  })

  test('every kind has its own revoke call', () => {
    expect(revokeCall({ kind: 'erc20', token, spender: person, amount: 1n })).toBe(`${token}.approve(${person}, 0)`)
    expect(revokeCall({ kind: 'permit2', token, spender: person, amount: 1n, expiration: never })).toBe(`Permit2.approve(${token}, ${person}, 0, 0)`)
  })

  test('the newest word wins: an approval set to 0 later in the same transaction is no grant', () => {
    const l = [erc20Log(person, unlimited), erc20Log(person, 0n)].map((x, i) => ({ ...x, logIndex: i }))
    const e = evidence({ tx: transaction({ to: token, input: '0x1234' }), receipt: receipt({ logs: l }), permissions: decodePermissionLogs(l, permit2), hasCode: codeOf })
    expect(checkApprovals(e)).toEqual([])
  })

  test('an increaseAllowance is judged by the total its log states, named by its call', () => {
    const input = encodeFunctionData({ abi: parseAbi(['function increaseAllowance(address spender, uint256 addedValue) returns (bool)']), args: [unknownApp, 1n] })
    const l = erc20Log(unknownApp, unlimited)
    const [tx] = checkApprovals(evidence({ tx: transaction({ to: token, input }), receipt: receipt({ logs: [l] }), permissions: decodePermissionLogs([l], permit2), hasCode: codeOf }))
    expect(tx!.facts).toMatchObject({ method: 'increaseAllowance', risks: ['APPROVAL_UNLIMITED', 'APPROVAL_TO_UNKNOWN_CONTRACT'] })
  })

  test('a token that logs nothing: the call alone stands for the grant', () => {
    const input = encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [person, 7n] })
    const tx = transaction({ to: token, input })
    expect(grantsOf(tx, [], ethereum)).toEqual([{ kind: 'erc20', method: 'approve', owner: alice, token, spender: person, amount: 7n }])
  })

  test('the token is named by its checksummed address, however the node wrote the log’s emitter', () => {
    const [word] = decodePermissionLogs([{ ...erc20Log(person, 1n), address: token.toLowerCase() as Address }], permit2)
    expect(word).toMatchObject({ kind: 'erc20', token, owner: alice, spender: person, amount: 1n })
  })

  test('Permit2 events count only from the chain’s Permit2; a lookalike emitter is ignored', () => {
    expect(decodePermissionLogs([{ ...permit2Log(person, 1n, never), address: unknownApp }], permit2)).toEqual([])
  })

  test('an expired Permit2 allowance no longer counts, judged at the scan’s own clock', () => {
    const l = permit2Log(unknownApp, 5n, Number(minedAt) - 60)
    expect(scanPath(l).approvals).toEqual([])
  })
})

describe('the approvals check keeps what it could not confirm', () => {
  test('an NFT approval whose live read failed is kept, marked unverified', () => {
    const [word] = decodePermissionLogs([nftLog(person, 42n)], permit2)
    const kept = settle(word!, { status: 'failure', error: new Error('reverted') }, { symbol: 'BAYC' }, false, 0)
    expect(kept).toMatchObject({ kind: 'nft', tokenId: 42n, unverified: true })
    const moved = settle(word!, { status: 'success', result: zeroAddress }, { symbol: 'BAYC' }, false, 0)
    expect(moved).toBeUndefined()
  })

  test('the address answer sums up the risky ones, worst first, and says where it could not look', () => {
    const report: ScanReport = { ...scanPath(erc20Log(unknownApp, 5n)), approvals: [...scanPath(erc20Log(unknownApp, 5n)).approvals, ...scanPath(forAllLog(person)).approvals, ...scanPath(erc20Log(knownApp, unlimited)).approvals] }
    const [summary] = riskyApprovalsFinding([report], [{ ...ethereum, id: 8453, name: 'Base' }])
    expect(summary).toMatchObject({
      code: 'ADDRESS_RISKY_APPROVALS',
      severity: 'danger',
      facts: { approvals: 3, risky: [{ risk: 'APPROVAL_TO_EOA', permission: 'for-all' }, { risk: 'APPROVAL_TO_UNKNOWN_CONTRACT', permission: 'erc20' }], notChecked: [{ id: 8453 }] },
    })
    expect(riskyApprovalsFinding([scanPath(erc20Log(knownApp, unlimited))], [])).toEqual([])
  })
})
