import { commonContracts, defineChainSpec, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 42220,
  key: 'celo',
  name: 'Celo',
  aliases: ['celo mainnet'],
  shortName: 'celo',
  nativeCurrency: { name: 'Celo', symbol: 'CELO', decimals: 18 },
  rpcUrls: ['https://forno.celo.org', 'https://celo.drpc.org', 'https://1rpc.io/celo'],
  explorers: ['https://celoscan.io', 'https://explorer.celo.org/mainnet'],
  blockTimeSeconds: 1,
  logRange: 5_000,
  contracts: commonContracts,
  tokens: [
    { address: '0xcebA9300f2b948710d2653dD7B07f33A8B32118C', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0x48065fbBE25f71C9282ddf5e1cD6D6A887483D5e', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    { address: '0x765DE816845861e75A25fCA122bb6898B8B1282a', symbol: 'cUSD', decimals: 18, kind: 'stablecoin' },
    // CELO is both the native coin and an ERC-20 at this address.
    { address: '0x471EcE3750Da237f93B8E339c536989b8978a438', symbol: 'CELO', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [permit2Spender()],
  denyList: [],
})
