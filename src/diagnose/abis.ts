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

/** Permit2's own allowances: a separate allowance that survives zeroing the token's approval to Permit2. */
const permit2Functions = [
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
] as const

/** Permit2's events about an owner's allowances (each has the owner as its second topic). */
export const permit2Events = [
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
  {
    type: 'event', name: 'Lockdown',
    inputs: [{ name: 'owner', type: 'address', indexed: true }, { name: 'token', type: 'address' }, { name: 'spender', type: 'address' }],
  },
] as const

export const permit2Abi = [...permit2Functions, ...permit2Events] as const

export const tokenMetadataAbi = [
  { type: 'function', name: 'symbol', stateMutability: 'view', inputs: [], outputs: [{ type: 'string' }] },
  { type: 'function', name: 'name', stateMutability: 'view', inputs: [], outputs: [{ type: 'string' }] },
  { type: 'function', name: 'decimals', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint8' }] },
  { type: 'function', name: 'totalSupply', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint256' }] },
] as const
