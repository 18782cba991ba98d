import { commonContracts, defineChainSpec, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 5000,
  key: 'mantle',
  name: 'Mantle',
  aliases: ['mnt', 'mantle mainnet'],
  shortName: 'mantle',
  nativeCurrency: { name: 'Mantle', symbol: 'MNT', decimals: 18 },
  rpcUrls: ['https://rpc.mantle.xyz', 'https://mantle-rpc.publicnode.com', 'https://mantle.drpc.org'],
  explorers: ['https://mantlescan.xyz', 'https://explorer.mantle.xyz'],
  blockTimeSeconds: 2,
  logRange: 10_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x09Bc4E0D864854c6aFB6eB9A9cdF58aC190D0dF9', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0x201EBa5CC46D216Ce6DC03F6a759e8E766e956aE', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    { address: '0x78c1b0C915c4FAA5FffA6CAbf0219DA63d7f4cb8', symbol: 'WMNT', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [permit2Spender()],
  denyList: [],
})
