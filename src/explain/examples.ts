import type { Address, Hash } from 'viem'
import type { FindingCode } from '../core/codes.js'
import type { ChainRef, NativeAmount } from '../core/facts.js'
import { differingPositions } from '../core/address-diff.js'
import type { EvmCode, EvmFacts, TronFactsOf } from './catalog-types.js'
import { tronExamples } from './examples-tron.js'

export { tronExamples, tronVariants } from './examples-tron.js'

const ethereum: ChainRef = { id: 1, name: 'Ethereum' }
const base: ChainRef = { id: 8453, name: 'Base' }
const arbitrum: ChainRef = { id: 42161, name: 'Arbitrum One' }
const alice: Address = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
const lookalike: Address = '0xd8dA0000000000000000000000000000000A6045'
const usdc: Address = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'
const router: Address = '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45'
const hash: Hash = '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b'
const eth = (value: bigint): NativeAmount => ({ value, symbol: 'ETH', decimals: 18 })
const gwei = (n: number) => BigInt(Math.round(n * 1e9))
const bayc: Address = '0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D'
const usdt: Address = '0xdAC17F958D2ee523a2206206994597C13D831ec7'
const usdcOnBase: Address = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913'
const usdcApproval = { chain: ethereum, permission: 'erc20', owner: alice, token: usdc, symbol: 'USDC', spender: router, spenderLabel: 'Uniswap SwapRouter02', decimals: 6, revoke: `${usdc}.approve(${router}, 0)` } as const
const fee = eth(420_000_000_000_000n)

/**
 * One realistic set of facts per code: the catalog tests render every template with these, the knowledge base
 * shows them, and OpenAPI uses them as examples. Typed, so a code without an example does not compile. A code both
 * families make has its EVM facts here and its TRON facts in `tronExamples`; a code only TRON makes, its TRON facts.
 */
export const findingExamples: { [code in FindingCode]: code extends EvmCode ? EvmFacts<code> : TronFactsOf<code> } = {
  TX_NOT_FOUND: { hash, checkedChains: [ethereum, base], maybeNonEvm: true },
  TX_ON_OTHER_CHAIN: { hash, askedChain: ethereum, foundChain: base },
  TX_SUCCESS: {
    chain: base, blockNumber: 21_000_000n, confirmations: 12n, value: eth(0n), fee,
    transfers: [{ standard: 'erc20', token: usdc, symbol: 'USDC', from: alice, to: router, amount: 250_000_000n, decimals: 6 }],
    sender: alice,
  },
  TX_BRIDGE_DEPOSIT: {
    chain: base, blockNumber: 21_000_000n, confirmations: 12n, from: alice, to: alice, mint: eth(25n * 10n ** 16n), value: eth(25n * 10n ** 16n),
    sourceHash: '0x6e4b5f1c0d2a3b8e9f7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f', succeeded: true, system: false,
    gasUsed: 21_000n, gasLimit: 100_000n, transfers: [],
  },
  TX_NOT_FINAL: { blockNumber: 21_000_000n, finalizedBlock: 20_999_950n, confirmations: 3n, secondsToFinal: 600 },
  TX_PENDING: { nonce: 7, maxFeePerGas: gwei(30), maxPriorityFeePerGas: gwei(1.5), nextBaseFeePerGas: gwei(12) },
  TX_PENDING_FEE_TOO_LOW: {
    maxFeePerGas: gwei(8), nextBaseFeePerGas: gwei(21.5),
    replacement: { nonce: 7, maxFeePerGas: gwei(44.5), maxPriorityFeePerGas: gwei(1.65) },
  },
  TX_PENDING_TIP_TOO_LOW: {
    maxPriorityFeePerGas: gwei(0.01), typicalPriorityFeePerGas: gwei(1.2),
    replacement: { nonce: 7, maxFeePerGas: gwei(40), maxPriorityFeePerGas: gwei(1.2) },
  },
  TX_PENDING_NONCE_GAP: {
    nonce: 9, nextNonce: 7, missingNonces: [7, 8], nextBaseFeePerGas: gwei(12),
    fill: { maxFeePerGas: gwei(25.5), maxPriorityFeePerGas: gwei(1.5) },
    replacement: { nonce: 9, maxFeePerGas: gwei(33), maxPriorityFeePerGas: gwei(1.65) },
  },
  TX_PENDING_QUEUED_BEHIND: { nonce: 8, blockingNonce: 7, blockingHash: hash, nextBaseFeePerGas: gwei(200) },
  TX_PENDING_INSUFFICIENT_FUNDS: { balance: eth(10n ** 16n), required: eth(3n * 10n ** 16n), shortfall: eth(2n * 10n ** 16n) },
  TX_REPLACED: { nonce: 7, replacedBy: hash, replacedInBlock: 21_000_001n },
  TX_DROPPED: { nonce: 7, nextNonce: 7 },
  TX_FAILED_REVERTED: { fee, reason: 'Sale has ended', errorName: 'Error', approximate: false, reasonSource: 'trace' },
  TX_FAILED_OUT_OF_ENERGY: tronExamples.TX_FAILED_OUT_OF_ENERGY,
  TX_FAILED_OUT_OF_GAS: { fee, gasUsed: 50_000n, gasLimit: 50_000n, suggestedGasLimit: 78_000n, reasonSource: 'gas' },
  TX_FAILED_SLIPPAGE: { fee, reason: 'UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT', errorName: 'Error', approximate: true, reasonSource: 'replay-parent', minimumOut: 2_000_000_000n, token: usdc, symbol: 'USDC', decimals: 6 },
  TX_FAILED_DEADLINE: { fee, approximate: true, reasonSource: 'calldata', deadline: 1_718_000_000n, minedAt: 1_718_000_420n, unavailable: [{ source: 'trace', said: 'the method debug_traceTransaction does not exist/is not available' }, { source: 'replay-parent', said: 'missing trie node 8b1604e0d19d9be9a94cab027e74134e674bccdbf8d6a3f09a23abe52fd356fa (path )' }] },
  TX_FAILED_ALLOWANCE: {
    fee, errorName: 'ERC20InsufficientAllowance', approximate: true, reasonSource: 'replay-latest', replayedAt: 21_000_500n,
    token: usdc, symbol: 'USDC', decimals: 6, spender: router, allowance: 0n, needed: 250_000_000n,
  },
  TX_FAILED_BALANCE: {
    fee, errorName: 'ERC20InsufficientBalance', approximate: false, reasonSource: 'trace',
    token: usdc, symbol: 'USDC', decimals: 6, holder: alice, held: 120_000_000n, needed: 250_000_000n,
  },
  TX_TOKEN_TO_CONTRACT: { token: usdc, symbol: 'USDC', amount: 1_000_000_000n, decimals: 6 },
  TX_RECIPIENT_NOT_ON_CHAIN: { recipient: alice, chain: arbitrum, codeOnChains: [ethereum] },
  TX_APPROVAL: {
    ...usdcApproval, spender: lookalike, spenderLabel: undefined, method: 'approve', owner: alice, grantedAmount: 2n ** 256n - 1n,
    risks: ['APPROVAL_UNLIMITED', 'APPROVAL_FLAGGED_SPENDER'], flaggedAs: 'Inferno Drainer', revoke: `${usdc}.approve(${lookalike}, 0)`,
  },
  TX_EIP7702_DELEGATION: { authority: alice, delegate: lookalike, known: false, authorizationChainId: 0, authorizationNonce: 12 },
  // The example signature of Solana's getTransaction documentation, pasted as a Solscan link.
  TX_NON_EVM: { network: 'solana', id: '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW', explorerName: 'Solscan' },
  TX_SCAM_TOKEN: { token: lookalike, symbol: 'USDC', name: 'Claim at usdc-rewards.xyz', reasons: ['link', 'imitates-known'], imitates: usdc },
  TX_ADDRESS_POISONING: {
    victim: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', direction: 'victim-to-lookalike', lookalike, genuine: alice,
    differsAt: differingPositions(alice, lookalike), sentBy: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
    token: usdc, amount: 0n, decimals: 6, symbol: 'USDC', lures: 1, minedAt: 1_718_000_420n,
  },
  ADDRESS_NON_EVM: { network: 'tron', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', hexAddress: '41a614f803b6fd780986a42c78ec9c7f77e6ded13c' },
  ADDRESS_BAD_CHECKSUM: { address: '0xd8da6BF26964aF9D7eEd9e03E53415D37aA96045', checksummed: alice, letters: 16, caseDiffersAt: [3], caseOnlyLikely: true },
  ADDRESS_ACTIVITY: {
    chains: [
      {
        chain: ethereum, balance: eth(5n * 10n ** 17n), transactionCount: 42, isContract: false, tokens: ['USDC', 'USDT'],
        holdings: [{ token: usdc, symbol: 'USDC', decimals: 6, amount: 1_250_000_000n }, { token: usdt, symbol: 'USDT', decimals: 6, amount: 80_000_000n }],
      },
      { chain: base, balance: eth(10n ** 15n), transactionCount: 3, isContract: false, tokens: [], holdings: [] },
    ],
  },
  ADDRESS_UNUSED: { checkedChains: [ethereum, base, arbitrum] },
  ADDRESS_NOT_ACTIVATED: tronExamples.ADDRESS_NOT_ACTIVATED,
  ADDRESS_NO_ENERGY: tronExamples.ADDRESS_NO_ENERGY,
  ADDRESS_PERMISSION_OTHER_KEYS: tronExamples.ADDRESS_PERMISSION_OTHER_KEYS,
  ADDRESS_IS_CONTRACT: { chains: [ethereum] },
  ADDRESS_IS_TOKEN: { chain: ethereum, standard: 'erc20', symbol: 'USDC' },
  ADDRESS_CONTRACT_NOT_ON_CHAIN: { contractOn: [ethereum], missingOn: [arbitrum, base] },
  ADDRESS_NO_GAS: {
    chain: base, balance: eth(0n), estimatedFee: eth(65_000n * gwei(0.0308)), transferGas: 65_000n, gasPrice: gwei(0.0308),
    holdings: [{ token: usdcOnBase, symbol: 'USDC', decimals: 6, amount: 250_000_000n }],
  },
  ADDRESS_PENDING_TXS: { chain: ethereum, minedNonce: 7, pendingNonce: 9 },
  ADDRESS_EIP7702_DELEGATED: { chain: ethereum, delegate: lookalike, known: false },
  ADDRESS_POISONING_SEEN: { chain: ethereum, lookalikes: [{ lookalike, genuine: alice, hash }] },
  ADDRESS_RISKY_APPROVALS: {
    approvals: 5,
    risky: [
      {
        chain: ethereum, risk: 'APPROVAL_FLAGGED_SPENDER', risks: ['APPROVAL_UNLIMITED', 'APPROVAL_FLAGGED_SPENDER'], permission: 'erc20', token: usdc, symbol: 'USDC', decimals: 6,
        spender: lookalike, flaggedAs: 'Inferno Drainer', revoke: `${usdc}.approve(${lookalike}, 0)`,
      },
      { chain: ethereum, risk: 'APPROVAL_TO_EOA', risks: ['APPROVAL_TO_EOA'], permission: 'nft', token: bayc, symbol: 'BAYC', spender: alice, tokenId: 42n, revoke: `${bayc}.approve(0x0000000000000000000000000000000000000000, 42)` },
      {
        chain: base, risk: 'APPROVAL_TO_UNKNOWN_CONTRACT', risks: ['APPROVAL_TO_UNKNOWN_CONTRACT'], permission: 'erc20', token: usdcOnBase, symbol: 'USDC', decimals: 6,
        spender: router, amount: 100_000_000n, revoke: `${usdcOnBase}.approve(${router}, 0)`,
      },
    ],
    checkedChains: [ethereum, base],
    notChecked: [arbitrum],
  },
  APPROVAL_UNLIMITED: { ...usdcApproval, amount: undefined, grantedAmount: 2n ** 256n - 1n, risks: ['APPROVAL_UNLIMITED'] },
  APPROVAL_TO_EOA: { ...usdcApproval, spender: lookalike, spenderLabel: undefined, amount: undefined, grantedAmount: 2n ** 256n - 1n, risks: ['APPROVAL_UNLIMITED', 'APPROVAL_TO_EOA'], revoke: `${usdc}.approve(${lookalike}, 0)` },
  APPROVAL_TO_UNKNOWN_CONTRACT: { ...usdcApproval, spenderLabel: undefined, amount: 100_000_000n, risks: ['APPROVAL_TO_UNKNOWN_CONTRACT'] },
  APPROVAL_FOR_ALL: { chain: ethereum, permission: 'for-all', token: bayc, symbol: 'BAYC', spender: router, spenderLabel: 'OpenSea Conduit', risks: ['APPROVAL_FOR_ALL'], revoke: `${bayc}.setApprovalForAll(${router}, false)` },
  APPROVAL_FLAGGED_SPENDER: { ...usdcApproval, spenderLabel: undefined, amount: undefined, flaggedAs: 'Inferno Drainer', risks: ['APPROVAL_UNLIMITED', 'APPROVAL_FLAGGED_SPENDER'] },
  APPROVAL_PERMIT2: { ...usdcApproval, permission: 'permit2', amount: 500_000_000n, expiration: 1_800_000_000, risks: ['APPROVAL_PERMIT2'], revoke: `Permit2.approve(${usdc}, ${router}, 0, 0)` },
  APPROVALS_NONE_RISKY: { approvals: 3, checkedChains: [ethereum, base] },
  RPC_HEALTHY: { endpoint: 'https://rpc.example', chainId: 1, head: 21_000_000n, latencyMs: 180 },
  RPC_UNREACHABLE: { endpoint: 'https://rpc.example', error: 'connect ECONNREFUSED' },
  RPC_WRONG_CHAIN: { endpoint: 'https://rpc.example', expectedChainId: 1, actualChainId: 56 },
  RPC_LAGGING: { endpoint: 'https://rpc.example', blocksBehind: 40n, secondsBehind: 480 },
  RPC_RATE_LIMITED: { endpoint: 'https://rpc.example', retryAfterSeconds: 30 },
  RPC_METHOD_MISSING: { endpoint: 'https://rpc.example', methods: ['debug_traceTransaction'] },
  DIAGNOSIS_PARTIAL: { failed: [{ what: 'Arbitrum One', why: 'timed out after 4000 ms' }] },
}
