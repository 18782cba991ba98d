import { commonContracts, defineChainSpec, ether, permit2Spender } from '../src/core/chain-spec.js'

/**
 * A local development node (anvil, Hardhat) on its default chain id. The test harness and the demo deploy
 * Multicall3 and the scenario contracts here; the deny-list entry is anvil's well-known account #9, which the
 * scenarios use as the "drainer".
 */
export default defineChainSpec({
  id: 31337,
  key: 'devnet',
  name: 'Local devnet',
  aliases: ['local', 'localhost', 'anvil', 'hardhat'],
  shortName: 'local',
  optIn: true,
  testnet: true,
  nativeCurrency: ether,
  rpcUrls: ['http://127.0.0.1:8545', 'http://localhost:8545'],
  explorers: [],
  blockTimeSeconds: 1,
  idleBlocks: true,
  logRange: 100_000,
  contracts: commonContracts,
  tokens: [],
  spenders: [permit2Spender()],
  denyList: [
    {
      address: '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720',
      label: 'Test drainer (anvil account #9)',
      source: 'txdoctor test scenarios: anvil default mnemonic, account index 9',
    },
  ],
})
