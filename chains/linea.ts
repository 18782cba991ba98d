import { commonContracts, defineChainSpec, ether, oneInchV6, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 59144,
  key: 'linea',
  name: 'Linea',
  aliases: ['linea mainnet'],
  shortName: 'linea',
  nativeCurrency: ether,
  rpcUrls: ['https://rpc.linea.build', 'https://linea-rpc.publicnode.com', 'https://linea.drpc.org'],
  explorers: ['https://lineascan.build'],
  blockTimeSeconds: 2,
  logRange: 5_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x176211869cA2b568f2A7D4EE941E073a821EE1ff', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0xA219439258ca9da29E9Cc4cE5596924745e12B93', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    { address: '0xe5D7C2a44FfDDf6b295A15c148167daaAf5Cf34f', symbol: 'WETH', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [permit2Spender(), oneInchV6],
  denyList: [],
})
