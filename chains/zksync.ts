import { defineChainSpec, ether, permit2Spender } from '../src/core/chain-spec.js'

/** zkSync Era derives CREATE2 addresses differently, so its Multicall3 and Permit2 live elsewhere. */
const permit2 = '0x0000000000225e31D15943971F47aD3022F714Fa'

export default defineChainSpec({
  id: 324,
  key: 'zksync',
  name: 'zkSync Era',
  aliases: ['zksync era', 'era', 'zk'],
  shortName: 'zksync',
  nativeCurrency: ether,
  rpcUrls: ['https://mainnet.era.zksync.io', 'https://zksync.drpc.org', 'https://1rpc.io/zksync2-era'],
  explorers: ['https://explorer.zksync.io', 'https://era.zksync.network'],
  blockTimeSeconds: 1,
  logRange: 10_000,
  contracts: { multicall3: '0xF9cda624FBC7e059355ce98a31693d299FACd963', permit2 },
  tokens: [
    { address: '0x1d17CBcF0D6D143135aE902365D2E5e2A16538D4', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0x3355df6D4c9C3035724Fd0e3914dE96A5a83aaf4', symbol: 'USDC.e', decimals: 6, kind: 'stablecoin' },
    { address: '0x493257fD37EDB34451f62EDf8D2a0C418852bA4C', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    { address: '0x5AEa5775959fBC2557Cc8789bC1bf90A239D9a91', symbol: 'WETH', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [permit2Spender(permit2)],
  denyList: [],
})
