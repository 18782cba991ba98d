import { commonContracts, defineChainSpec, opStackWeth, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 84532,
  key: 'base-sepolia',
  name: 'Base Sepolia',
  aliases: ['base sepolia', 'base testnet'],
  shortName: 'basesep',
  optIn: true,
  testnet: true,
  nativeCurrency: { name: 'Sepolia Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: ['https://sepolia.base.org', 'https://base-sepolia-rpc.publicnode.com', 'https://base-sepolia.drpc.org'],
  explorers: ['https://sepolia.basescan.org'],
  blockTimeSeconds: 2,
  logRange: 10_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x036CbD53842c5426634e7929541eC2318f3dCF7e', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    opStackWeth,
  ],
  spenders: [permit2Spender()],
  denyList: [],
})
