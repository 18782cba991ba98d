import { Contract, dnsEncode, HDNodeWallet, JsonRpcProvider, Mnemonic, NonceManager } from 'ethers'
import { mainnet } from 'viem/chains'
import { startProfileNode, type Lab } from '../harness/lab.js'

/**
 * A local stand-in for Ethereum (chain id 1) whose ENS Universal Resolver, at its real address, is the test's
 * MockUniversalResolver: names resolve to addresses directly (`set`), or through offchain gateways (`setOffchain`).
 * A node of the lab's profile: on the public one, pruned and behind the refusing proxy (`url`), like the lab's chains.
 */
export async function startEnsChain(lab: Lab) {
  const ethereum = await startProfileNode(lab.profile, 1)
  const provider = new JsonRpcProvider(ethereum.anvilUrl, 1, { staticNetwork: true })
  // One sender, many quick transactions: count nonces here rather than trust a just-mined block's view.
  const wallet = new NonceManager(HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase('test test test test test test test test test test test junk'), "m/44'/60'/0'/0/0").connect(provider))
  const resolverAddress = mainnet.contracts.ensUniversalResolver.address
  await provider.send('anvil_setCode', [resolverAddress, lab.artifacts.MockUniversalResolver.deployedBytecode])
  const resolver = new Contract(resolverAddress, lab.artifacts.MockUniversalResolver.abi as never, wallet)
  return {
    url: ethereum.url,
    resolverAddress,
    async set(name: string, target: string) {
      await (await resolver.getFunction('set')(dnsEncode(name), target)).wait()
    },
    async setOffchain(name: string, gateways: string[]) {
      await (await resolver.getFunction('setOffchain')(dnsEncode(name), gateways)).wait()
    },
    async stop() {
      provider.destroy()
      await ethereum.stop()
    },
  }
}
