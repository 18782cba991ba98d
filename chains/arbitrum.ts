import { commonContracts, defineChainSpec, ether, oneInchV6, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 42161,
  key: 'arbitrum',
  name: 'Arbitrum One',
  aliases: ['arb', 'arb1', 'arbitrum one'],
  shortName: 'arb1',
  nativeCurrency: ether,
  rpcUrls: ['https://arb1.arbitrum.io/rpc', 'https://arbitrum-one-rpc.publicnode.com', 'https://arbitrum.drpc.org'],
  explorers: ['https://arbiscan.io'],
  blockTimeSeconds: 0.25,
  logRange: 10_000,
  contracts: commonContracts,
  tokens: [
    { address: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0xFF970A61A04b1cA14834A43f5dE4533eBDDB5CC8', symbol: 'USDC.e', decimals: 6, kind: 'stablecoin' },
    { address: '0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    { address: '0x82aF49447D8a07e3bd95BD0d56f35241523fBab1', symbol: 'WETH', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [
    permit2Spender(),
    oneInchV6,
    { address: '0xE592427A0AEce92De3Edee1F18E0157C05861564', label: 'Uniswap V3 SwapRouter', kind: 'dex' },
    { address: '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45', label: 'Uniswap SwapRouter02', kind: 'dex' },
    { address: '0xc873fEcbd354f5A56E00E710B90EF4201db2448d', label: 'Camelot Router', kind: 'dex' },
  ],
  denyList: [],
})
