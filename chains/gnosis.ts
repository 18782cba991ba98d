import { commonContracts, defineChainSpec, oneInchV6, permit2Spender } from '../src/core/chain-spec.js'

export default defineChainSpec({
  id: 100,
  key: 'gnosis',
  name: 'Gnosis',
  aliases: ['gno', 'xdai', 'gnosis chain'],
  shortName: 'gno',
  nativeCurrency: { name: 'xDAI', symbol: 'XDAI', decimals: 18 },
  rpcUrls: ['https://rpc.gnosischain.com', 'https://gnosis-rpc.publicnode.com', 'https://gnosis.drpc.org'],
  explorers: ['https://gnosisscan.io', 'https://gnosis.blockscout.com'],
  blockTimeSeconds: 5,
  logRange: 10_000,
  contracts: commonContracts,
  tokens: [
    { address: '0xDDAfbb505ad214D7b80b1f830fcCc89B60fb7A83', symbol: 'USDC', decimals: 6, kind: 'stablecoin' },
    { address: '0x4ECaBa5870353805a9F068101A40E0f32ed605C6', symbol: 'USDT', decimals: 6, kind: 'stablecoin' },
    { address: '0xe91D153E0b41518A2Ce8Dd3D7944Fa863463a97d', symbol: 'WXDAI', decimals: 18, kind: 'wrapped-native' },
  ],
  spenders: [permit2Spender(), oneInchV6],
  denyList: [],
})
