import type { Address } from 'viem'

/**
 * EIP-7702 delegate contracts published by wallet teams. An account delegated to one of these runs a known
 * smart-account implementation; anything else is treated as dangerous (most unknown delegations are sweepers).
 * Same address on every chain (deterministic deployment), per each project's docs.
 */
export const knownDelegates: { address: Address; label: string; source: string }[] = [
  {
    address: '0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B',
    label: 'MetaMask Smart Account (EIP7702StatelessDeleGator)',
    source: 'MetaMask Delegation Toolkit deployments',
  },
  {
    address: '0x000000009B1D0aF20D8C6d0A44e162d11F9b8f00',
    label: 'Uniswap Wallet (Calibur)',
    source: 'Uniswap Calibur repository deployments',
  },
  {
    address: '0x5A7FC11397E9a8AD41BF10bf13F22B0a63f96f6d',
    label: 'Ambire Wallet (AmbireAccount7702)',
    source: 'Ambire wallet announcement of EIP-7702 support',
  },
  {
    address: '0x4Cd241E8d1510e30b2076397afc7508Ae59C66c9',
    label: 'ERC-4337 Simple7702Account',
    source: 'eth-infinitism account-abstraction v0.8 deployments',
  },
]
