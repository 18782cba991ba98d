import { commonContracts, defineChainSpec, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 146,
  key: 'sonic',
  name: 'Sonic',
  aliases: ['sonic mainnet', 's'],
  shortName: 'sonic',
  nativeCurrency: { name: 'Sonic', symbol: 'S', decimals: 18 },
  rpcUrls: ['https://rpc.soniclabs.com', 'https://sonic-rpc.publicnode.com', 'https://sonic.drpc.org'],
  explorers: ['https://sonicscan.org'],
  blockTimeSeconds: 1,
  logRange: 5_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x29219dd400f2Bf60E5a23d13Be72B486D4038894', symbol: 'USDC.e', decimals: 6, kind: 'stablecoin' },
    { address: '0x039e2fB66102314Ce7b64Ce5Ce3E5183bc94aD38', symbol: 'wS', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [permit2Spender()],
  denyList: [],
})
