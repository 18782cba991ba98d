import { commonContracts, defineChainSpec, oneInchV6, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 43114,
  key: 'avalanche',
  name: 'Avalanche C-Chain',
  aliases: ['avax', 'avalanche c-chain', 'c-chain', 'avaxc'],
  shortName: 'avax',
  nativeCurrency: { name: 'Avalanche', symbol: 'AVAX', decimals: 18 },
  rpcUrls: ['https://api.avax.network/ext/bc/C/rpc', 'https://avalanche-c-chain-rpc.publicnode.com', 'https://avalanche.drpc.org'],
  explorers: ['https://snowtrace.io', 'https://subnets.avax.network/c-chain'],
  blockTimeSeconds: 2,
  logRange: 2_048,
  contracts: commonContracts,
  tokens: [
    { address: '0xB97EF9Ef8734C71904D8002F8b6Bc66Dd9c48a6E', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0x9702230A8Ea53601f5cD2dc00fDBc13d4dF4A8c7', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    { address: '0xB31f66AA3C1e785363F0875A1B74E27b85FD66c7', symbol: 'WAVAX', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [
    permit2Spender(),
    oneInchV6,
    { address: '0x60aE616a2155Ee3d9A68541Ba4544862310933d4', label: 'Trader Joe Router', kind: 'dex' },
  ],
  denyList: [],
})
