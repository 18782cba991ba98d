import { erc20Abi } from 'viem'

/** The calls a wallet user makes that move or approve tokens: what we decode from a transaction's input. */
export const tokenCallsAbi = [
  ...erc20Abi,
  {
    type: 'function', name: 'increaseAllowance', stateMutability: 'nonpayable',
    inputs: [{ name: 'spender', type: 'address' }, { name: 'addedValue', type: 'uint256' }],
    outputs: [{ type: 'bool' }],
  },
  {
    type: 'function', name: 'setApprovalForAll', stateMutability: 'nonpayable',
    inputs: [{ name: 'operator', type: 'address' }, { name: 'approved', type: 'bool' }],
    outputs: [],
  },
  {
    type: 'function', name: 'permit', stateMutability: 'nonpayable',
    inputs: [
      { name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' },
      { name: 'deadline', type: 'uint256' }, { name: 'v', type: 'uint8' }, { name: 'r', type: 'bytes32' }, { name: 's', type: 'bytes32' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'safeTransferFrom', stateMutability: 'nonpayable',
    inputs: [{ name: 'from', type: 'address' }, { name: 'to', type: 'address' }, { name: 'tokenId', type: 'uint256' }],
    outputs: [],
  },
] as const

/** Permit2's own approve: a separate allowance that survives zeroing the token's approval to Permit2. */
export const permit2Abi = [
  {
    type: 'function', name: 'approve', stateMutability: 'nonpayable',
    inputs: [
      { name: 'token', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'amount', type: 'uint160' },
      { name: 'expiration', type: 'uint48' },
    ],
    outputs: [],
  },
  {
    type: 'function', name: 'allowance', stateMutability: 'view',
    inputs: [{ name: 'user', type: 'address' }, { name: 'token', type: 'address' }, { name: 'spender', type: 'address' }],
    outputs: [{ name: 'amount', type: 'uint160' }, { name: 'expiration', type: 'uint48' }, { name: 'nonce', type: 'uint48' }],
  },
  {
    type: 'event', name: 'Approval',
    inputs: [
      { name: 'owner', type: 'address', indexed: true }, { name: 'token', type: 'address', indexed: true },
      { name: 'spender', type: 'address', indexed: true }, { name: 'amount', type: 'uint160' }, { name: 'expiration', type: 'uint48' },
    ],
  },
  {
    type: 'event', name: 'Permit',
    inputs: [
      { name: 'owner', type: 'address', indexed: true }, { name: 'token', type: 'address', indexed: true },
      { name: 'spender', type: 'address', indexed: true }, { name: 'amount', type: 'uint160' }, { name: 'expiration', type: 'uint48' },
      { name: 'nonce', type: 'uint48' },
    ],
  },
] as const

/** Token events, ERC-20 and ERC-721 share Transfer/Approval signatures (ERC-721 indexes the third argument). */
export const tokenEventsAbi = [
  {
    type: 'event', name: 'Transfer',
    inputs: [{ name: 'from', type: 'address', indexed: true }, { name: 'to', type: 'address', indexed: true }, { name: 'value', type: 'uint256' }],
  },
  {
    type: 'event', name: 'Approval',
    inputs: [
      { name: 'owner', type: 'address', indexed: true }, { name: 'spender', type: 'address', indexed: true }, { name: 'value', type: 'uint256' },
    ],
  },
  {
    type: 'event', name: 'ApprovalForAll',
    inputs: [
      { name: 'owner', type: 'address', indexed: true }, { name: 'operator', type: 'address', indexed: true }, { name: 'approved', type: 'bool' },
    ],
  },
  {
    type: 'event', name: 'TransferSingle',
    inputs: [
      { name: 'operator', type: 'address', indexed: true }, { name: 'from', type: 'address', indexed: true },
      { name: 'to', type: 'address', indexed: true }, { name: 'id', type: 'uint256' }, { name: 'value', type: 'uint256' },
    ],
  },
  {
    type: 'event', name: 'TransferBatch',
    inputs: [
      { name: 'operator', type: 'address', indexed: true }, { name: 'from', type: 'address', indexed: true },
      { name: 'to', type: 'address', indexed: true }, { name: 'ids', type: 'uint256[]' }, { name: 'values', type: 'uint256[]' },
    ],
  },
] as const

export const tokenMetadataAbi = [
  { type: 'function', name: 'symbol', stateMutability: 'view', inputs: [], outputs: [{ type: 'string' }] },
  { type: 'function', name: 'name', stateMutability: 'view', inputs: [], outputs: [{ type: 'string' }] },
  { type: 'function', name: 'decimals', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint8' }] },
  { type: 'function', name: 'totalSupply', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint256' }] },
] as const
