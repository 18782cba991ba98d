import { commonContracts, defineChainSpec, oneInchV6, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 137,
  key: 'polygon',
  name: 'Polygon PoS',
  aliases: ['matic', 'pol', 'polygon pos', 'poly'],
  shortName: 'matic',
  nativeCurrency: { name: 'POL', symbol: 'POL', decimals: 18 },
  rpcUrls: ['https://polygon-bor-rpc.publicnode.com', 'https://polygon-rpc.com', 'https://polygon.drpc.org'],
  explorers: ['https://polygonscan.com'],
  blockTimeSeconds: 2,
  logRange: 3_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174', symbol: 'USDC.e', decimals: 6, kind: 'stablecoin' },
    { address: '0xc2132D05D31c914a87C6611C10748AEb04B58e8F', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    { address: '0x0d500B1d8E8eF31E21C99d1Db9A6444d3ADf1270', symbol: 'WPOL', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [
    permit2Spender(),
    oneInchV6,
    { address: '0xE592427A0AEce92De3Edee1F18E0157C05861564', label: 'Uniswap V3 SwapRouter', kind: 'dex' },
    { address: '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45', label: 'Uniswap SwapRouter02', kind: 'dex' },
    { address: '0xa5E0829CaCEd8fFDD4De3c43696c57F7D7A678ff', label: 'QuickSwap Router', kind: 'dex' },
  ],
  denyList: [],
})
