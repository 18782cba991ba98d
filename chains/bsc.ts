import { commonContracts, defineChainSpec, oneInchV6, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 56,
  key: 'bsc',
  name: 'BNB Smart Chain',
  aliases: ['bnb', 'bnb chain', 'bnb smart chain', 'binance smart chain', 'bep20', 'bep-20'],
  shortName: 'bnb',
  nativeCurrency: { name: 'BNB', symbol: 'BNB', decimals: 18 },
  rpcUrls: ['https://bsc-dataseed.bnbchain.org', 'https://bsc-rpc.publicnode.com', 'https://bsc.drpc.org'],
  explorers: ['https://bscscan.com'],
  blockTimeSeconds: 0.75,
  logRange: 5_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x55d398326f99059fF775485246999027B3197955', symbol: 'USDT', decimals: 18, kind: 'stablecoin' },
    { address: '0x8AC76a51cc950d9822D68b83fE1Ad97B32Cd580d', symbol: 'USDC', decimals: 18, kind: 'stablecoin' },
    { address: '0xbb4CdB9CBd36B01bD1cBaEBF2De08d9173bc095c', symbol: 'WBNB', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [
    permit2Spender(),
    oneInchV6,
    { address: '0x10ED43C718714eb63d5aA57B78B54704E256024E', label: 'PancakeSwap V2 Router', kind: 'dex' },
    { address: '0x13f4EA83D0bd40E75C8222255bc855a974568Dd4', label: 'PancakeSwap Smart Router', kind: 'dex' },
  ],
  denyList: [],
})
