import { commonContracts, defineChainSpec, ether, opStackWeth, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 130,
  key: 'unichain',
  name: 'Unichain',
  aliases: ['uni', 'unichain mainnet'],
  shortName: 'unichain',
  nativeCurrency: ether,
  rpcUrls: ['https://mainnet.unichain.org', 'https://unichain-rpc.publicnode.com', 'https://unichain.drpc.org'],
  explorers: ['https://uniscan.xyz', 'https://unichain.blockscout.com'],
  blockTimeSeconds: 1,
  logRange: 10_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x078D782b760474a361dDA0AF3839290b0EF57AD6', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    opStackWeth,
  ],
  spenders: [permit2Spender()],
  denyList: [],
})
