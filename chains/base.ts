import { commonContracts, defineChainSpec, ether, oneInchV6, opStackWeth, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 8453,
  key: 'base',
  name: 'Base',
  aliases: ['base mainnet'],
  shortName: 'base',
  nativeCurrency: ether,
  rpcUrls: ['https://mainnet.base.org', 'https://base-rpc.publicnode.com', 'https://base.drpc.org'],
  explorers: ['https://basescan.org', 'https://base.blockscout.com'],
  blockTimeSeconds: 2,
  logRange: 10_000,
  contracts: commonContracts,
  tokens: [
    { address: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0xd9aAEc86B65D86f6A7B5B1b0c42FFA531710b6CA', symbol: 'USDbC', decimals: 6, kind: 'stablecoin' },
    opStackWeth,
  ],
  spenders: [
    permit2Spender(),
    oneInchV6,
    { address: '0x2626664c2603336E57B271c5C0b26F421741e481', label: 'Uniswap SwapRouter02', kind: 'dex' },
    { address: '0xcF77a3Ba9A5CA399B7c97c74d54e5b1Beb874E43', label: 'Aerodrome Router', kind: 'dex' },
  ],
  denyList: [],
})
