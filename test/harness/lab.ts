import { ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic, type BaseContract, type Wallet } from 'ethers'
import { loadConfig, type Config } from '../../src/config/config.js'
import { commonContracts } from '../../src/core/chain-spec.js'
import { startAnvil, type Anvil } from './anvil.js'
import { compileContracts, type Artifact, type ContractName } from './contracts.js'

/** anvil's well-known development mnemonic: funded accounts, never used for anything real. */
const devMnemonic = Mnemonic.fromPhrase('test test test test test test test test test test test junk')

export type LabChain = Anvil & { provider: JsonRpcProvider; accounts: HDNodeWallet[] }

/**
 * Two real local chains (ids 31337 and 31338, for wrong-network cases) with funded wallets, Multicall3 and
 * Permit2's allowance contract at their canonical addresses, compiled scenario contracts, and a txdoctor config that points at both. The user's wallet
 * is ethers, independent of the viem code under test.
 */
export type Lab = {
  a: LabChain
  b: LabChain
  artifacts: Record<ContractName, Artifact>
  /** txdoctor configuration for both chains, with short timeouts. */
  config: Config
  deploy<contract = BaseContract>(chain: LabChain, name: ContractName, args?: unknown[], from?: Wallet | HDNodeWallet): Promise<contract & BaseContract>
  rpc<result = unknown>(chain: LabChain, method: string, params?: unknown[]): Promise<result>
  stop(): Promise<void>
}

export async function startLab({ timeoutMs = 8_000 } = {}): Promise<Lab> {
  const artifacts = compileContracts()
  const [a, b] = await Promise.all([startAnvil({ chainId: 31337 }), startAnvil({ chainId: 31338 })])
  const chains = [a, b].map((anvil): LabChain => {
    const provider = new JsonRpcProvider(anvil.url, anvil.chainId, { staticNetwork: true, cacheTimeout: -1 })
    const accounts = Array.from({ length: 10 }, (_, i) => HDNodeWallet.fromMnemonic(devMnemonic, `m/44'/60'/0'/0/${i}`).connect(provider))
    return { ...anvil, provider, accounts }
  }) as [LabChain, LabChain]
  const rpc = <result>(chain: LabChain, method: string, params: unknown[] = []) => chain.provider.send(method, params) as Promise<result>
  await Promise.all(
    chains.flatMap((chain) => [
      rpc(chain, 'anvil_setCode', [commonContracts.multicall3, artifacts.Multicall3.deployedBytecode]),
      rpc(chain, 'anvil_setCode', [commonContracts.permit2, artifacts.Permit2Lite.deployedBytecode]),
    ]),
  )

  return {
    a: chains[0],
    b: chains[1],
    artifacts,
    config: loadConfig({
      TXDOCTOR_CHAINS: '31337,31338',
      TXDOCTOR_RPC_31337: a.url,
      TXDOCTOR_RPC_31338: b.url,
      TXDOCTOR_TIMEOUT_MS: String(timeoutMs),
      TXDOCTOR_RPC_TIMEOUT_MS: '2000',
    }),
    async deploy(chain, name, args = [], from = chain.accounts[0]!) {
      const artifact = artifacts[name]
      const contract = await new ContractFactory(artifact.abi as never, artifact.bytecode, from).deploy(...args)
      await contract.waitForDeployment()
      return contract as never
    },
    rpc,
    async stop() {
      for (const chain of chains) chain.provider.destroy()
      await Promise.all([a.stop(), b.stop()])
    },
  }
}
