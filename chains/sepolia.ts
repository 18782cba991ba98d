import { commonContracts, defineChainSpec, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 11155111,
  key: 'sepolia',
  name: 'Sepolia',
  aliases: ['sepolia testnet', 'eth sepolia'],
  shortName: 'sep',
  optIn: true,
  testnet: true,
  nativeCurrency: { name: 'Sepolia Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: ['https://ethereum-sepolia-rpc.publicnode.com', 'https://sepolia.drpc.org', 'https://1rpc.io/sepolia'],
  explorers: ['https://sepolia.etherscan.io'],
  blockTimeSeconds: 12,
  logRange: 10_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0xfFf9976782d46CC05630D1f6eBAb18b2324d6B14', symbol: 'WETH', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [permit2Spender()],
  denyList: [],
})
