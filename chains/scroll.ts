import { commonContracts, defineChainSpec, ether, oneInchV6, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 534352,
  key: 'scroll',
  name: 'Scroll',
  aliases: ['scroll mainnet', 'scr'],
  shortName: 'scr',
  nativeCurrency: ether,
  rpcUrls: ['https://rpc.scroll.io', 'https://scroll-rpc.publicnode.com', 'https://scroll.drpc.org'],
  explorers: ['https://scrollscan.com'],
  blockTimeSeconds: 3,
  logRange: 5_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x06eFdBFf2a14a7c8E15944D1F4A48F9F95F663A4', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0xf55BEC9cafDbE8730f096Aa55dad6D22d44099Df', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    { address: '0x5300000000000000000000000000000000000004', symbol: 'WETH', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [permit2Spender(), oneInchV6],
  denyList: [],
})
