import { erc20Abi, parseAbi } from 'viem'
import { expect, test } from 'vitest'
import { permit2Abi, tokenCallsAbi, tokenMetadataAbi } from '../../src/diagnose/abis.js'
import { interfaceAbi } from '../../src/diagnose/address/gather.js'
import { tokenEvents } from '../../src/diagnose/approvals/permission.js'
import { nftAbi } from '../../src/diagnose/approvals/scan.js'
import { knownErrorsAbi } from '../../src/diagnose/tx/known-errors.js'
import { routerAbi } from '../../src/diagnose/tx/router-abi.js'

/**
 * Our ABIs are written as JSON (human-readable signatures would bring viem's signature parser into the Worker
 * bundle, ~3 KiB gzip). Each must be exactly what the Solidity signature below says: a wrong type or a lost
 * `indexed` would decode every log or call of that kind wrongly, or not at all.
 */
const signatures: [name: string, abi: readonly unknown[], signatures: string[]][] = [
  [
    'tokenCallsAbi (after erc20Abi)',
    tokenCallsAbi.slice(erc20Abi.length),
    [
      'function increaseAllowance(address spender, uint256 addedValue) returns (bool)',
      'function setApprovalForAll(address operator, bool approved)',
      'function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)',
      'function safeTransferFrom(address from, address to, uint256 tokenId)',
    ],
  ],
  [
    'permit2Abi',
    permit2Abi,
    [
      'function approve(address token, address spender, uint160 amount, uint48 expiration)',
      'function allowance(address user, address token, address spender) view returns (uint160 amount, uint48 expiration, uint48 nonce)',
      'event Approval(address indexed owner, address indexed token, address indexed spender, uint160 amount, uint48 expiration)',
      'event Permit(address indexed owner, address indexed token, address indexed spender, uint160 amount, uint48 expiration, uint48 nonce)',
      'event Lockdown(address indexed owner, address token, address spender)',
    ],
  ],
  [
    'tokenMetadataAbi',
    tokenMetadataAbi,
    [
      'function symbol() view returns (string)',
      'function name() view returns (string)',
      'function decimals() view returns (uint8)',
      'function totalSupply() view returns (uint256)',
    ],
  ],
  [
    "permission.ts's tokenEvents",
    tokenEvents,
    [
      'event Approval(address indexed owner, address indexed spender, uint256 value)',
      'event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)',
      'event ApprovalForAll(address indexed owner, address indexed operator, bool approved)',
    ],
  ],
  [
    "scan.ts's nftAbi",
    nftAbi,
    [
      'function getApproved(uint256 tokenId) view returns (address)',
    ],
  ],
  [
    "address/gather.ts's interfaceAbi",
    interfaceAbi,
    [
      'function supportsInterface(bytes4 interfaceId) view returns (bool)',
    ],
  ],
  [
    'knownErrorsAbi',
    knownErrorsAbi,
    [
      'error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)',
      'error ERC20InvalidSender(address sender)',
      'error ERC20InvalidReceiver(address receiver)',
      'error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)',
      'error ERC20InvalidApprover(address approver)',
      'error ERC20InvalidSpender(address spender)',
      'error ERC721InvalidOwner(address owner)',
      'error ERC721NonexistentToken(uint256 tokenId)',
      'error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)',
      'error ERC721InvalidSender(address sender)',
      'error ERC721InvalidReceiver(address receiver)',
      'error ERC721InsufficientApproval(address operator, uint256 tokenId)',
      'error ERC721InvalidApprover(address approver)',
      'error ERC721InvalidOperator(address operator)',
      'error ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)',
      'error ERC1155MissingApprovalForAll(address operator, address owner)',
      'error OwnableUnauthorizedAccount(address account)',
      'error OwnableInvalidOwner(address owner)',
      'error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)',
      'error EnforcedPause()',
      'error ExpectedPause()',
      'error ReentrancyGuardReentrantCall()',
      'error SafeERC20FailedOperation(address token)',
      'error SafeERC20FailedDecreaseAllowance(address spender, uint256 currentAllowance, uint256 requestedDecrease)',
      'error AddressEmptyCode(address target)',
      'error FailedInnerCall()',
      'error FailedCall()',
      'error InsufficientBalance(uint256 balance, uint256 needed)',
      'error ERC2612ExpiredSignature(uint256 deadline)',
      'error ERC2612InvalidSigner(address signer, address owner)',
      'error TransactionDeadlinePassed()',
      'error V3TooLittleReceived()',
      'error V3TooMuchRequested()',
      'error V2TooLittleReceived()',
      'error V2TooMuchRequested()',
      'error V3InvalidSwap()',
      'error V2InvalidPath()',
      'error InsufficientETH()',
      'error InsufficientToken()',
      'error ExecutionFailed(uint256 commandIndex, bytes message)',
      'error InvalidCommandType(uint256 commandType)',
      'error DeadlinePassed(uint256 deadline)',
      'error V4TooLittleReceived(uint256 minAmountOutReceived, uint256 amountReceived)',
      'error V4TooMuchRequested(uint256 maxAmountInRequested, uint256 amountRequested)',
      'error AllowanceExpired(uint256 deadline)',
      'error InsufficientAllowance(uint256 amount)',
      'error ExcessiveInvalidation()',
      'error InvalidNonce()',
      'error SignatureExpired(uint256 signatureDeadline)',
      'error InvalidSignature()',
      'error InvalidSigner()',
      'error InvalidAmount(uint256 maxAmount)',
      'error LengthMismatch()',
      'error ReturnAmountIsNotEnough(uint256 result, uint256 minReturn)',
      'error SwapAmountTooLarge()',
      'error OrderExpired()',
    ],
  ],
  [
    'routerAbi',
    routerAbi,
    [
      'function swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
      'function swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline)',
      'function swapExactETHForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline)',
      'function swapTokensForExactETH(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline)',
      'function swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
      'function swapETHForExactTokens(uint256 amountOut, address[] path, address to, uint256 deadline)',
      'function swapExactTokensForTokensSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
      'function swapExactETHForTokensSupportingFeeOnTransferTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline)',
      'function swapExactTokensForETHSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)',
      'function addLiquidity(address tokenA, address tokenB, uint256 amountADesired, uint256 amountBDesired, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline)',
      'function addLiquidityETH(address token, uint256 amountTokenDesired, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline)',
      'function removeLiquidity(address tokenA, address tokenB, uint256 liquidity, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline)',
      'function removeLiquidityETH(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline)',
      'struct ExactInputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; uint160 sqrtPriceLimitX96; }',
      'struct ExactInputParams { bytes path; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; }',
      'struct ExactOutputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 deadline; uint256 amountOut; uint256 amountInMaximum; uint160 sqrtPriceLimitX96; }',
      'struct ExactOutputParams { bytes path; address recipient; uint256 deadline; uint256 amountOut; uint256 amountInMaximum; }',
      'function exactInputSingle(ExactInputSingleParams params)',
      'function exactInput(ExactInputParams params)',
      'function exactOutputSingle(ExactOutputSingleParams params)',
      'function exactOutput(ExactOutputParams params)',
      'function multicall(uint256 deadline, bytes[] data)',
      'function execute(bytes commands, bytes[] inputs, uint256 deadline)',
    ],
  ],
]

test.each(signatures)('%s is its Solidity signatures, item for item', (_name, abi, human) => {
  expect(abi).toStrictEqual(parseAbi(human))
})

test("tokenCallsAbi starts with viem's erc20Abi", () => {
  expect(tokenCallsAbi.slice(0, erc20Abi.length)).toStrictEqual(erc20Abi)
})
