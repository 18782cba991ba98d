import { erc20Abi, parseAbi } from 'viem'

/** The calls a wallet user makes that move or approve tokens: what we decode from a transaction's input. */
export const tokenCallsAbi = [
  ...erc20Abi,
  ...parseAbi([
    'function increaseAllowance(address spender, uint256 addedValue) returns (bool)',
    'function setApprovalForAll(address operator, bool approved)',
    'function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)',
    'function safeTransferFrom(address from, address to, uint256 tokenId)',
  ]),
] as const

/** Permit2's own approve: a separate allowance that survives zeroing the token's approval to Permit2. */
export const permit2Abi = parseAbi([
  'function approve(address token, address spender, uint160 amount, uint48 expiration)',
  'function allowance(address user, address token, address spender) view returns (uint160 amount, uint48 expiration, uint48 nonce)',
  'event Approval(address indexed owner, address indexed token, address indexed spender, uint160 amount, uint48 expiration)',
  'event Permit(address indexed owner, address indexed token, address indexed spender, uint160 amount, uint48 expiration, uint48 nonce)',
])

/** Token events, ERC-20 and ERC-721 share Transfer/Approval signatures (ERC-721 indexes the third argument). */
export const tokenEventsAbi = parseAbi([
  'event Transfer(address indexed from, address indexed to, uint256 value)',
  'event Approval(address indexed owner, address indexed spender, uint256 value)',
  'event ApprovalForAll(address indexed owner, address indexed operator, bool approved)',
  'event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)',
  'event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)',
])

export const tokenMetadataAbi = parseAbi([
  'function symbol() view returns (string)',
  'function name() view returns (string)',
  'function decimals() view returns (uint8)',
  'function totalSupply() view returns (uint256)',
])
