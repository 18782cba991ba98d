/**
 * Custom errors of the contracts wallet users meet most: OpenZeppelin 4/5 tokens and access control, Uniswap
 * V2/V3/Universal Router, Permit2, Safe, 1inch. Decoding against this set names an error; a selector outside it
 * stays unknown (never guessed from a signature database).
 */
export const knownErrorsAbi = [
  // OpenZeppelin 5 (ERC-6093 token errors, Ownable, AccessControl, Pausable, ReentrancyGuard, SafeERC20, Address)
  {
    type: 'error', name: 'ERC20InsufficientBalance',
    inputs: [{ name: 'sender', type: 'address' }, { name: 'balance', type: 'uint256' }, { name: 'needed', type: 'uint256' }],
  },
  { type: 'error', name: 'ERC20InvalidSender', inputs: [{ name: 'sender', type: 'address' }] },
  { type: 'error', name: 'ERC20InvalidReceiver', inputs: [{ name: 'receiver', type: 'address' }] },
  {
    type: 'error', name: 'ERC20InsufficientAllowance',
    inputs: [{ name: 'spender', type: 'address' }, { name: 'allowance', type: 'uint256' }, { name: 'needed', type: 'uint256' }],
  },
  { type: 'error', name: 'ERC20InvalidApprover', inputs: [{ name: 'approver', type: 'address' }] },
  { type: 'error', name: 'ERC20InvalidSpender', inputs: [{ name: 'spender', type: 'address' }] },
  { type: 'error', name: 'ERC721InvalidOwner', inputs: [{ name: 'owner', type: 'address' }] },
  { type: 'error', name: 'ERC721NonexistentToken', inputs: [{ name: 'tokenId', type: 'uint256' }] },
  {
    type: 'error', name: 'ERC721IncorrectOwner',
    inputs: [{ name: 'sender', type: 'address' }, { name: 'tokenId', type: 'uint256' }, { name: 'owner', type: 'address' }],
  },
  { type: 'error', name: 'ERC721InvalidSender', inputs: [{ name: 'sender', type: 'address' }] },
  { type: 'error', name: 'ERC721InvalidReceiver', inputs: [{ name: 'receiver', type: 'address' }] },
  { type: 'error', name: 'ERC721InsufficientApproval', inputs: [{ name: 'operator', type: 'address' }, { name: 'tokenId', type: 'uint256' }] },
  { type: 'error', name: 'ERC721InvalidApprover', inputs: [{ name: 'approver', type: 'address' }] },
  { type: 'error', name: 'ERC721InvalidOperator', inputs: [{ name: 'operator', type: 'address' }] },
  {
    type: 'error', name: 'ERC1155InsufficientBalance',
    inputs: [
      { name: 'sender', type: 'address' }, { name: 'balance', type: 'uint256' }, { name: 'needed', type: 'uint256' },
      { name: 'tokenId', type: 'uint256' },
    ],
  },
  { type: 'error', name: 'ERC1155MissingApprovalForAll', inputs: [{ name: 'operator', type: 'address' }, { name: 'owner', type: 'address' }] },
  { type: 'error', name: 'OwnableUnauthorizedAccount', inputs: [{ name: 'account', type: 'address' }] },
  { type: 'error', name: 'OwnableInvalidOwner', inputs: [{ name: 'owner', type: 'address' }] },
  {
    type: 'error', name: 'AccessControlUnauthorizedAccount',
    inputs: [{ name: 'account', type: 'address' }, { name: 'neededRole', type: 'bytes32' }],
  },
  { type: 'error', name: 'EnforcedPause', inputs: [] },
  { type: 'error', name: 'ExpectedPause', inputs: [] },
  { type: 'error', name: 'ReentrancyGuardReentrantCall', inputs: [] },
  { type: 'error', name: 'SafeERC20FailedOperation', inputs: [{ name: 'token', type: 'address' }] },
  {
    type: 'error', name: 'SafeERC20FailedDecreaseAllowance',
    inputs: [{ name: 'spender', type: 'address' }, { name: 'currentAllowance', type: 'uint256' }, { name: 'requestedDecrease', type: 'uint256' }],
  },
  { type: 'error', name: 'AddressEmptyCode', inputs: [{ name: 'target', type: 'address' }] },
  { type: 'error', name: 'FailedInnerCall', inputs: [] },
  { type: 'error', name: 'FailedCall', inputs: [] },
  { type: 'error', name: 'InsufficientBalance', inputs: [{ name: 'balance', type: 'uint256' }, { name: 'needed', type: 'uint256' }] },
  { type: 'error', name: 'ERC2612ExpiredSignature', inputs: [{ name: 'deadline', type: 'uint256' }] },
  { type: 'error', name: 'ERC2612InvalidSigner', inputs: [{ name: 'signer', type: 'address' }, { name: 'owner', type: 'address' }] },
  // Uniswap Universal Router and V4 periphery
  { type: 'error', name: 'TransactionDeadlinePassed', inputs: [] },
  { type: 'error', name: 'V3TooLittleReceived', inputs: [] },
  { type: 'error', name: 'V3TooMuchRequested', inputs: [] },
  { type: 'error', name: 'V2TooLittleReceived', inputs: [] },
  { type: 'error', name: 'V2TooMuchRequested', inputs: [] },
  { type: 'error', name: 'V3InvalidSwap', inputs: [] },
  { type: 'error', name: 'V2InvalidPath', inputs: [] },
  { type: 'error', name: 'InsufficientETH', inputs: [] },
  { type: 'error', name: 'InsufficientToken', inputs: [] },
  { type: 'error', name: 'ExecutionFailed', inputs: [{ name: 'commandIndex', type: 'uint256' }, { name: 'message', type: 'bytes' }] },
  { type: 'error', name: 'InvalidCommandType', inputs: [{ name: 'commandType', type: 'uint256' }] },
  { type: 'error', name: 'DeadlinePassed', inputs: [{ name: 'deadline', type: 'uint256' }] },
  {
    type: 'error', name: 'V4TooLittleReceived',
    inputs: [{ name: 'minAmountOutReceived', type: 'uint256' }, { name: 'amountReceived', type: 'uint256' }],
  },
  {
    type: 'error', name: 'V4TooMuchRequested',
    inputs: [{ name: 'maxAmountInRequested', type: 'uint256' }, { name: 'amountRequested', type: 'uint256' }],
  },
  // Permit2
  { type: 'error', name: 'AllowanceExpired', inputs: [{ name: 'deadline', type: 'uint256' }] },
  { type: 'error', name: 'InsufficientAllowance', inputs: [{ name: 'amount', type: 'uint256' }] },
  { type: 'error', name: 'ExcessiveInvalidation', inputs: [] },
  { type: 'error', name: 'InvalidNonce', inputs: [] },
  { type: 'error', name: 'SignatureExpired', inputs: [{ name: 'signatureDeadline', type: 'uint256' }] },
  { type: 'error', name: 'InvalidSignature', inputs: [] },
  { type: 'error', name: 'InvalidSigner', inputs: [] },
  { type: 'error', name: 'InvalidAmount', inputs: [{ name: 'maxAmount', type: 'uint256' }] },
  { type: 'error', name: 'LengthMismatch', inputs: [] },
  // 1inch Aggregation Router
  { type: 'error', name: 'ReturnAmountIsNotEnough', inputs: [{ name: 'result', type: 'uint256' }, { name: 'minReturn', type: 'uint256' }] },
  { type: 'error', name: 'SwapAmountTooLarge', inputs: [] },
  { type: 'error', name: 'OrderExpired', inputs: [] },
] as const
