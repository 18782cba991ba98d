import { Contract, Signature, Wallet, getAddress, parseEther, parseUnits, type HDNodeWallet, type TransactionResponse } from 'ethers'
import type { Lab, LabChain } from './lab.js'

/**
 * Real situations on the local chains, made the way a user's wallet makes them (ethers, signed transactions).
 * Each returns the hash to diagnose and what is true about it. Reused by the integration tests and the demo.
 */

type Signer = HDNodeWallet | Wallet
const gwei = (n: number | string) => parseUnits(String(n), 'gwei')

async function mined(response: Promise<TransactionResponse> | TransactionResponse) {
  const tx = await response
  await tx.wait().catch(() => undefined) // a reverted transaction is still mined: that's what we want
  return tx.hash
}

/** A transaction meant to fail on chain: a fixed gas limit skips estimation, which would refuse to send it. */
const failing = { gasLimit: 300_000n }

export async function deployToken(lab: Lab, chain: LabChain, { symbol = 'TUSD', decimals = 6, name = 'Test USD' } = {}) {
  return lab.deploy<Contract>(chain, 'TestToken', [name, symbol, decimals])
}

export async function tokenTransfer(lab: Lab) {
  const [alice, bob] = lab.a.accounts
  const token = await deployToken(lab, lab.a)
  await mined(token.getFunction('mint')(alice!.address, 1_000_000_000n))
  const hash = await mined((token.connect(alice!) as Contract).getFunction('transfer')(bob!.address, 250_000_000n))
  return { hash, token: getAddress(await token.getAddress()), from: alice!.address, to: bob!.address }
}

export async function nativeTransfer(lab: Lab, chain: LabChain = lab.a) {
  const [alice, bob] = chain.accounts
  const hash = await mined(alice!.sendTransaction({ to: bob!.address, value: parseEther('1.5') }))
  return { hash }
}

export async function failedWith(lab: Lab, kind: 'reason' | 'known-custom' | 'unknown-custom' | 'panic' | 'out-of-gas', reason = 'Sale has ended') {
  const reverter = await lab.deploy<Contract>(lab.a, 'Reverter')
  const as = reverter.connect(lab.a.accounts[1]!) as Contract
  const send = {
    // .send: these are view/pure functions, which ethers would otherwise only simulate.
    reason: () => as.getFunction('failWithReason').send(reason, failing),
    'known-custom': () => as.getFunction('failWithKnownCustomError').send(failing),
    'unknown-custom': () => as.getFunction('failWithUnknownCustomError').send(failing),
    panic: () => as.getFunction('failWithPanic').send(0, failing),
    'out-of-gas': () => as.getFunction('burnGas').send({ gasLimit: 60_000n }),
  }[kind]
  return { hash: await mined(send()) }
}

/** A swap through a router that fails as Uniswap V2's does: expired, short on output, no allowance, no balance. */
export async function failedSwap(lab: Lab, kind: 'deadline' | 'slippage' | 'allowance' | 'balance', { deadlineIn = 3_600 } = {}) {
  const trader = lab.a.accounts[2]!
  const token = await deployToken(lab, lab.a, { symbol: 'WETH', decimals: 18, name: 'Wrapped Ether' })
  const router = await lab.deploy<Contract>(lab.a, 'MockRouter', [await token.getAddress(), 2])
  const amountIn = parseEther('1')
  if (kind !== 'balance') await mined(token.getFunction('mint')(trader.address, amountIn))
  if (kind === 'balance') await mined((token.connect(trader) as Contract).getFunction('approve')(await router.getAddress(), amountIn))
  if (kind === 'slippage' || kind === 'deadline') await mined((token.connect(trader) as Contract).getFunction('approve')(await router.getAddress(), amountIn))
  const now = (await lab.a.provider.getBlock('latest'))!.timestamp
  const deadline = kind === 'deadline' ? now - 60 : now + deadlineIn
  const minOut = kind === 'slippage' ? amountIn * 3n : amountIn
  const swap = (router.connect(trader) as Contract).getFunction('swapExactTokensForTokens')
  // A real pair: what the answer names as bought is another token than the one sold.
  const tokenOut = await deployToken(lab, lab.a, { symbol: 'DAI', decimals: 18, name: 'Dai Stablecoin' })
  const path = [await token.getAddress(), await tokenOut.getAddress()]
  return { hash: await mined(swap(amountIn, minOut, path, trader.address, deadline, failing)), deadline: BigInt(deadline), minOut, router, trader, tokenOut }
}

export async function tokenToItsOwnContract(lab: Lab) {
  const [alice] = lab.a.accounts
  const token = await deployToken(lab, lab.a)
  await mined(token.getFunction('mint')(alice!.address, 5_000_000n))
  const address = await token.getAddress()
  return { hash: await mined((token.connect(alice!) as Contract).getFunction('transfer')(address, 5_000_000n)), token: address }
}

/**
 * The multisig-on-the-wrong-chain loss: a smart wallet exists on chain B; the user sends ETH to the same
 * address on chain A, where nothing was ever deployed.
 */
export async function sendToContractOnOtherChain(lab: Lab) {
  const owner = lab.b.accounts[8]!
  const wallet = await lab.deploy<Contract>(lab.b, 'SmartWallet', [owner.address], owner)
  const address = await wallet.getAddress()
  const hash = await mined(lab.a.accounts[3]!.sendTransaction({ to: address, value: parseEther('2') }))
  return { hash, wallet: address }
}

/** An unlimited approval of an ERC-20 to a spender: an EOA, the deny-listed "drainer", or a known contract. */
export async function approval(lab: Lab, spender: 'eoa' | 'flagged' | 'unknown-contract', amount: bigint = 2n ** 256n - 1n) {
  const owner = lab.a.accounts[4]!
  const token = await deployToken(lab, lab.a)
  const spenderAddress =
    spender === 'eoa' ? lab.a.accounts[6]!.address : spender === 'flagged' ? lab.a.accounts[9]!.address : await (await lab.deploy<Contract>(lab.a, 'Reverter')).getAddress()
  const hash = await mined((token.connect(owner) as Contract).getFunction('approve')(spenderAddress, amount))
  return { hash, token: await token.getAddress(), spender: spenderAddress }
}

export async function approvalForAll(lab: Lab) {
  const owner = lab.a.accounts[4]!
  const nft = await lab.deploy<Contract>(lab.a, 'TestNFT', ['Test Apes', 'TAPE'])
  return { hash: await mined((nft.connect(owner) as Contract).getFunction('setApprovalForAll')(lab.a.accounts[7]!.address, true)) }
}

/** A Permit2 allowance: the token approved to Permit2, then Permit2.approve for a spender with an expiry. */
export async function permit2Approval(lab: Lab) {
  const owner = lab.a.accounts[4]!
  const token = await deployToken(lab, lab.a)
  await mined(token.getFunction('mint')(owner.address, 1_000_000_000n))
  const permit2 = new Contract('0x000000000022D473030F116dDEE9F6B43aC78BA3', lab.artifacts.Permit2Lite.abi as never, owner)
  const spender = await (await lab.deploy<Contract>(lab.a, 'Reverter')).getAddress()
  const expiration = Math.floor(Date.now() / 1000) + 30 * 86_400
  const hash = await mined(permit2.getFunction('approve')(await token.getAddress(), spender, 500_000_000n, expiration))
  return { hash, token: await token.getAddress(), spender, expiration }
}

/** An EIP-2612 permit signed by the owner off-chain and submitted by someone else (how permit phishing lands). */
export async function signedPermit(lab: Lab, owner: Signer = lab.a.accounts[4]!) {
  const relayer = lab.a.accounts[6]!
  const token = await lab.deploy<Contract>(lab.a, 'PermitToken')
  const spender = relayer.address
  const value = 2n ** 256n - 1n
  const deadline = Math.floor(Date.now() / 1000) + 3_600
  const domain = { name: 'Permit USD', version: '1', chainId: lab.a.chainId, verifyingContract: await token.getAddress() }
  const types = { Permit: [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' }, { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }] }
  const signature = Signature.from(await owner.signTypedData(domain, types, { owner: owner.address, spender, value, nonce: 0, deadline }))
  const hash = await mined((token.connect(relayer) as Contract).getFunction('permit')(owner.address, spender, value, deadline, signature.v, signature.r, signature.s))
  return { hash, owner: owner.address, spender, token: await token.getAddress() }
}

/**
 * The gasless drain: a fresh wallet signs a permit (no fee: it has never sent a transaction), someone else submits
 * it, and only later does the wallet send its first transaction of its own.
 */
export async function permitBeforeFirstTransaction(lab: Lab) {
  const owner = await freshWallet(lab, lab.a)
  const permit = await signedPermit(lab, owner)
  await mined(owner.sendTransaction({ to: owner.address, value: 0n }))
  return permit
}

/** An ERC-1155 transfer of several units of one id. */
export async function multiTokenTransfer(lab: Lab) {
  const [alice, bob] = lab.a.accounts
  const items = await lab.deploy<Contract>(lab.a, 'MultiToken')
  await mined(items.getFunction('mint')(alice!.address, 7n, 10n))
  const send = (items.connect(alice!) as Contract).getFunction('safeTransferFrom')
  return { hash: await mined(send(alice!.address, bob!.address, 7n, 3n, '0x')), token: await items.getAddress() }
}

/** A token whose symbol carries markup and a link: what a scam token looks like to a renderer. */
export async function hostileTokenTransfer(lab: Lab) {
  const [alice, bob] = lab.a.accounts
  const token = await deployToken(lab, lab.a, { symbol: '<img src=x onerror=alert(1)> claim at evil.xyz', name: 'Visit evil.xyz', decimals: 18 })
  await mined(token.getFunction('mint')(alice!.address, parseEther('10')))
  return { hash: await mined((token.connect(alice!) as Contract).getFunction('transfer')(bob!.address, parseEther('1'))) }
}

/** An EIP-7702 type-4 transaction that delegates the victim's account to a sweeper contract. */
export async function delegateToSweeper(lab: Lab) {
  const sweeper = await lab.deploy<Contract>(lab.a, 'Sweeper')
  return delegate(lab, lab.a.accounts[5]!, await sweeper.getAddress())
}

/** The same, to the address of a known smart-account implementation (its code placed there on the local node). */
export async function delegateToKnownAccount(lab: Lab, address = '0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B') {
  await lab.rpc(lab.a, 'anvil_setCode', [address, lab.artifacts.SmartWallet.deployedBytecode])
  return delegate(lab, lab.a.accounts[8]!, address)
}

async function delegate(lab: Lab, account: Signer, target: string) {
  const nonce = await lab.a.provider.getTransactionCount(account.address)
  // The sender pays for its own delegation, so the authorization's nonce is one past the transaction's.
  const authorization = await account.authorize({ address: target, nonce: nonce + 1, chainId: lab.a.chainId })
  const hash = await mined(account.sendTransaction({ type: 4, to: account.address, value: 0n, authorizationList: [authorization], gasLimit: 100_000n }))
  return { hash, victim: account.address, delegate: getAddress(target) }
}

/**
 * Address poisoning: the victim really paid Bob; then an attacker moves 0 tokens "from" the victim to an address
 * that starts and ends like Bob's (transferFrom with amount 0 needs no allowance), so it shows in the history.
 */
export async function poisoning(lab: Lab) {
  const [victim, bob, , , , attacker] = lab.a.accounts
  const token = await deployToken(lab, lab.a)
  await mined(token.getFunction('mint')(victim!.address, 1_000_000_000n))
  await mined((token.connect(victim!) as Contract).getFunction('transfer')(bob!.address, 100_000_000n))
  const lookalike = getAddress(`${bob!.address.slice(0, 6)}${'00'.repeat(16)}${bob!.address.slice(-4)}`)
  const hash = await mined((token.connect(attacker!) as Contract).getFunction('transferFrom')(victim!.address, lookalike, 0n))
  return { hash, lookalike, genuine: bob!.address, victim: victim!.address, attacker: attacker!.address }
}

// Pending situations: automine is off on the chain while these are created.

export async function setAutomine(lab: Lab, chain: LabChain, on: boolean) {
  await lab.rpc(chain, 'evm_setAutomine', [on])
}

type Fees = { maxFeePerGas: bigint; maxPriorityFeePerGas: bigint }
const fair: Fees = { maxFeePerGas: gwei(100), maxPriorityFeePerGas: gwei(2) }

async function sendPending(from: Signer, chain: LabChain, nonce: number, fees: Fees = fair, value = parseEther('0.01')) {
  const tx = await from.connect(chain.provider).sendTransaction({ to: chain.accounts[0]!.address, value, nonce, gasLimit: 21_000n, ...fees })
  return tx.hash
}

const nextNonce = (chain: LabChain, who: Signer) => chain.provider.getTransactionCount(who.address, 'latest')

const cheap: Fees = { maxFeePerGas: gwei(3), maxPriorityFeePerGas: gwei(1) }

/** Fees were fine when sent; then the base fee rose far above the transaction's cap. */
export async function stuckUnderpriced(lab: Lab, chain: LabChain = lab.a, who: Signer = chain.accounts[1]!) {
  await setNextBaseFee(lab, chain, gwei(1))
  const hash = await sendPending(who, chain, await nextNonce(chain, who), cheap)
  await setNextBaseFee(lab, chain, gwei(60))
  return { hash }
}

/**
 * Sets the base fee of the next block without mining it: anvil keeps underpriced transactions waiting until a
 * block is mined (then it evicts them), and reports this base fee as the next one (eth_feeHistory), as a busy
 * public chain would. New transactions below it are refused, so cheap ones are sent before raising it.
 */
export async function setNextBaseFee(lab: Lab, chain: LabChain, baseFee: bigint) {
  await lab.rpc(chain, 'anvil_setNextBlockBaseFeePerGas', [`0x${baseFee.toString(16)}`])
}

/**
 * Sent with a nonce `skip` above the account's next: the ones before it were never sent, except those in
 * `sentLater` (offsets from the next nonce), which were sent but wait behind the gap too.
 */
export async function nonceGap(lab: Lab, chain: LabChain = lab.a, who: Signer = chain.accounts[2]!, { skip = 2, sentLater = [] as number[] } = {}) {
  const next = await nextNonce(chain, who)
  for (const offset of sentLater) await sendPending(who, chain, next + offset)
  const missing = Array.from({ length: skip }, (_, i) => next + i).filter((n) => !sentLater.includes(n - next))
  return { hash: await sendPending(who, chain, next + skip), missing }
}

/** An underpriced transaction, then a healthy one right behind it from the same sender. */
export async function queuedBehind(lab: Lab, chain: LabChain = lab.a, who: Signer = chain.accounts[3]!) {
  const next = await nextNonce(chain, who)
  await setNextBaseFee(lab, chain, gwei(1))
  const blocking = await sendPending(who, chain, next, cheap)
  const hash = await sendPending(who, chain, next + 1, { maxFeePerGas: gwei(500), maxPriorityFeePerGas: gwei(3) })
  await setNextBaseFee(lab, chain, gwei(60))
  return { hash, blocking, blockingNonce: next }
}

/** A new wallet of its own, so a scenario's nonces never mix with another's. */
export async function freshWallet(lab: Lab, chain: LabChain, balance = parseEther('10')) {
  const who = Wallet.createRandom().connect(chain.provider)
  await lab.rpc(chain, 'anvil_setBalance', [who.address, `0x${balance.toString(16)}`])
  return who
}

/** Sent while the balance covered it; then the balance fell (another wallet app spent it, say). */
export async function insufficientFunds(lab: Lab, chain: LabChain = lab.a) {
  const who = await freshWallet(lab, chain, parseEther('1'))
  const hash = await sendPending(who, chain, 0, fair, parseEther('0.5'))
  await lab.rpc(chain, 'anvil_setBalance', [who.address, `0x${parseEther('0.001').toString(16)}`])
  return { hash, who }
}

/** Recent blocks paid 20 gwei tips; this transaction offers 0.1 gwei. */
export async function tipTooLow(lab: Lab, chain: LabChain = lab.a) {
  const payers = chain.accounts.slice(6, 9)
  for (let block = 0; block < 3; block++) {
    for (const payer of payers) await sendPending(payer, chain, await chain.provider.getTransactionCount(payer.address, 'pending'), { maxFeePerGas: gwei(500), maxPriorityFeePerGas: gwei(20) })
    await lab.rpc(chain, 'evm_mine')
  }
  const who = chain.accounts[4]!
  return { hash: await sendPending(who, chain, await nextNonce(chain, who), { maxFeePerGas: gwei(500), maxPriorityFeePerGas: gwei(0.1) }) }
}

export async function healthyPending(lab: Lab, chain: LabChain = lab.a) {
  const who = chain.accounts[5]!
  return { hash: await sendPending(who, chain, await nextNonce(chain, who), { maxFeePerGas: gwei(500), maxPriorityFeePerGas: gwei(30) }) }
}

/** A pending transfer, then a "Speed up" with the same nonce and higher fees, which gets mined. */
export async function replaceAndMine(lab: Lab, chain: LabChain, original: { hash: string; who: Signer; nonce: number }) {
  const hash = await sendPending(original.who, chain, original.nonce, { maxFeePerGas: gwei(1_000), maxPriorityFeePerGas: gwei(50) })
  await lab.rpc(chain, 'evm_mine')
  return { hash }
}

export async function pendingToReplace(lab: Lab, chain: LabChain = lab.a) {
  const who = chain.accounts[7]!
  const nonce = await nextNonce(chain, who)
  await setNextBaseFee(lab, chain, gwei(1))
  return { hash: await sendPending(who, chain, nonce, cheap), who, nonce }
}

export async function dropFromPool(lab: Lab, chain: LabChain, hash: string) {
  await lab.rpc(chain, 'anvil_dropTransaction', [hash])
}

export { gwei }

/**
 * An account with a history of permissions, as a wallet builds one: some risky, some normal, some revoked or
 * spent. Returns the owner and what a correct scan must find.
 */
export async function approvalHistory(lab: Lab, owner: Signer = lab.a.accounts[3]!) {
  const as = <c extends Contract>(contract: c) => contract.connect(owner) as Contract
  const token = await deployToken(lab, lab.a)
  await mined(token.getFunction('mint')(owner.address, 1_000_000_000n))
  const tokenAddress = await token.getAddress()
  const eoa = lab.a.accounts[6]!.address
  const drainer = lab.a.accounts[9]!.address
  const router = await lab.deploy<Contract>(lab.a, 'MockRouter', [tokenAddress, 1])
  const routerAddress = await router.getAddress()
  const permit2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3'
  const nft = await lab.deploy<Contract>(lab.a, 'TestNFT', ['Test Apes', 'TAPE'])
  const revoked = lab.a.accounts[7]!.address

  await mined(as(token).getFunction('approve')(eoa, 2n ** 256n - 1n)) // risky: a person can take everything
  await mined(as(token).getFunction('approve')(drainer, 5_000_000n)) // risky: a known drainer
  await mined(as(token).getFunction('approve')(revoked, 2n ** 256n - 1n))
  await mined(as(token).getFunction('approve')(revoked, 0n)) // revoked: must not be listed
  await mined(as(token).getFunction('approve')(permit2, 2n ** 256n - 1n)) // normal: Permit2 is a known spender
  await mined(as(token).getFunction('approve')(routerAddress, 300_000_000n)) // spent down by a swap below
  const now = (await lab.a.provider.getBlock('latest'))!.timestamp
  await mined((router.connect(owner) as Contract).getFunction('swapExactTokensForTokens')(100_000_000n, 0n, [tokenAddress, tokenAddress], owner.address, now + 3_600))
  const marketplace = await (await lab.deploy<Contract>(lab.a, 'Reverter')).getAddress() // an unlisted marketplace contract
  await mined(as(nft).getFunction('setApprovalForAll')(marketplace, true))
  const permit2Contract = new Contract(permit2, lab.artifacts.Permit2Lite.abi as never, owner)
  await mined(permit2Contract.getFunction('approve')(tokenAddress, routerAddress, 50_000_000n, now + 30 * 86_400))
  await mined(permit2Contract.getFunction('approve')(tokenAddress, eoa, 70_000_000n, now - 60)) // already expired: not listed
  const single = lab.a.accounts[1]!.address // one NFT approved to a person: still holds
  await mined(nft.getFunction('mint')(owner.address, 42n))
  await mined(as(nft).getFunction('approve')(single, 42n))
  return { owner: owner.address, token: tokenAddress, eoa, drainer, router: routerAddress, nft: await nft.getAddress(), revoked, permit2, single }
}

/** A wallet holding tokens but no coin for fees: the "my balance is there but it says insufficient" case. */
export async function tokensButNoGas(lab: Lab) {
  const who = Wallet.createRandom()
  const token = await deployToken(lab, lab.a, { symbol: 'USDX', decimals: 6 })
  await mined(token.getFunction('mint')(who.address, 250_000_000n))
  return { address: who.address, token: await token.getAddress() }
}
