import { parseAbi } from 'viem'

/**
 * Custom errors of the contracts wallet users meet most: OpenZeppelin 4/5 tokens and access control, Uniswap
 * V2/V3/Universal Router, Permit2, Safe, 1inch. Decoding against this set names an error; a selector outside it
 * stays unknown (never guessed from a signature database).
 */
export const knownErrorsAbi = parseAbi([
  // OpenZeppelin 5 (ERC-6093 token errors, Ownable, AccessControl, Pausable, ReentrancyGuard, SafeERC20, Address)
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
  // Uniswap Universal Router and V4 periphery
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
  // Permit2
  'error AllowanceExpired(uint256 deadline)',
  'error InsufficientAllowance(uint256 amount)',
  'error ExcessiveInvalidation()',
  'error InvalidNonce()',
  'error SignatureExpired(uint256 signatureDeadline)',
  'error InvalidSignature()',
  'error InvalidSigner()',
  'error InvalidAmount(uint256 maxAmount)',
  'error LengthMismatch()',
  // 1inch Aggregation Router
  'error ReturnAmountIsNotEnough(uint256 result, uint256 minReturn)',
  'error SwapAmountTooLarge()',
  'error OrderExpired()',
])
