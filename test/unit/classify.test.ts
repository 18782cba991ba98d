import { describe, expect, test } from 'vitest'
import { InputError } from '../../src/core/errors.js'
import { classify } from '../../src/input/classify.js'

const vitalik = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
const usdcTransferHash = '0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b'

describe('EVM inputs', () => {
  test.each([
    ['hash', usdcTransferHash, { kind: 'transaction', hash: usdcTransferHash, bareHex: false }],
    ['hash, upper case', usdcTransferHash.toUpperCase().replace('0X', '0x'), { kind: 'transaction', hash: usdcTransferHash }],
    ['hash without 0x', usdcTransferHash.slice(2), { kind: 'transaction', bareHex: true }],
    ['hash with quotes and spaces', `  "${usdcTransferHash}"\n`, { kind: 'transaction', hash: usdcTransferHash }],
    ['hash broken over two lines', `${usdcTransferHash.slice(0, 30)}\n${usdcTransferHash.slice(30)}`, { kind: 'transaction' }],
    ['checksummed address', vitalik, { kind: 'address', address: vitalik, checksum: 'valid' }],
    ['lower-case address', vitalik.toLowerCase(), { kind: 'address', address: vitalik, checksum: 'none' }],
    ['upper-case address', `0x${vitalik.slice(2).toUpperCase()}`, { kind: 'address', checksum: 'none' }],
    ['address one letter mis-cased', vitalik.replace('dA6B', 'da6B'), { kind: 'address', address: vitalik, checksum: 'invalid' }],
    ['address one digit off', vitalik.replace('6045', '6046'), { kind: 'address', checksum: 'invalid' }],
    ['address with zero-width space', `\u200b${vitalik}`, { kind: 'address', checksum: 'valid' }],
    ['ENS name', 'vitalik.eth', { kind: 'ens', name: 'vitalik.eth' }],
    ['ENS name, capitals', 'Vitalik.ETH', { kind: 'ens', name: 'vitalik.eth' }],
    ['Basename', 'jesse.base.eth', { kind: 'ens', name: 'jesse.base.eth' }],
  ])('%s', (_, text, expected) => {
    expect(classify(text)).toMatchObject(expected)
  })
})

describe('chain-qualified forms', () => {
  test.each([
    ['Etherscan tx', `https://etherscan.io/tx/${usdcTransferHash}`, 'transaction', 1],
    ['BscScan tx, www', `https://www.bscscan.com/tx/${usdcTransferHash}`, 'transaction', 56],
    ['Basescan address', `https://basescan.org/address/${vitalik}`, 'address', 8453],
    ['Arbiscan address with tab anchor', `https://arbiscan.io/address/${vitalik}#tokentxns`, 'address', 42161],
    ['Polygonscan tx, no scheme', `polygonscan.com/tx/${usdcTransferHash}`, 'transaction', 137],
    ['Optimistic Etherscan', `https://optimistic.etherscan.io/tx/${usdcTransferHash}`, 'transaction', 10],
    ['Snowtrace', `https://snowtrace.io/tx/${usdcTransferHash}`, 'transaction', 43114],
    ['Avalanche subnet explorer with path', `https://subnets.avax.network/c-chain/tx/${usdcTransferHash}`, 'transaction', 43114],
    ['Lineascan', `https://lineascan.build/address/${vitalik}`, 'address', 59144],
    ['Scrollscan', `https://scrollscan.com/tx/${usdcTransferHash}`, 'transaction', 534352],
    ['zkSync explorer', `https://explorer.zksync.io/tx/${usdcTransferHash}`, 'transaction', 324],
    ['Gnosisscan', `https://gnosisscan.io/address/${vitalik}`, 'address', 100],
    ['Celoscan', `https://celoscan.io/tx/${usdcTransferHash}`, 'transaction', 42220],
    ['Mantlescan', `https://mantlescan.xyz/tx/${usdcTransferHash}`, 'transaction', 5000],
    ['Sonicscan', `https://sonicscan.org/tx/${usdcTransferHash}`, 'transaction', 146],
    ['Uniscan', `https://uniscan.xyz/tx/${usdcTransferHash}`, 'transaction', 130],
    ['Sepolia Etherscan', `https://sepolia.etherscan.io/tx/${usdcTransferHash}`, 'transaction', 11155111],
    ['Base Sepolia', `https://sepolia.basescan.org/address/${vitalik}`, 'address', 84532],
    ['Blockscout', `https://base.blockscout.com/tx/${usdcTransferHash}`, 'transaction', 8453],
    ['Etherscan token holder view', `https://etherscan.io/token/0xdAC17F958D2ee523a2206206994597C13D831ec7?a=${vitalik}`, 'address', 1],
    ['EIP-3770', `base:${vitalik}`, 'address', 8453],
    ['EIP-3770, Arbitrum', `arb1:${usdcTransferHash}`, 'transaction', 42161],
    ['CAIP-10', `eip155:10:${vitalik}`, 'address', 10],
    ['EIP-681 payment link', `ethereum:${vitalik}@137`, 'address', 137],
  ])('%s', (_, text, kind, chainId) => {
    expect(classify(text)).toMatchObject({ kind, chain: { chainId } })
  })

  test('every explorer in the registry is recognised', async () => {
    const { chainRegistry } = await import('../../chains/index.js')
    for (const chain of chainRegistry)
      for (const explorer of chain.explorers)
        expect(classify(`${explorer}/tx/${usdcTransferHash}`), explorer).toMatchObject({ chain: { chainId: chain.id } })
  })

  test('an unknown explorer still yields the hash, with no chain', () => {
    const input = classify(`https://someexplorer.example/transaction/${usdcTransferHash}`)
    expect(input).toMatchObject({ kind: 'transaction', hash: usdcTransferHash })
    expect(input).not.toHaveProperty('chain')
  })

  test('a TRON explorer link yields the TRON address', () => {
    expect(classify('https://tronscan.org/#/address/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')).toMatchObject({
      kind: 'non-evm-address',
      network: 'tron',
    })
  })
})

describe('other networks', () => {
  test.each([
    ['TRON (USDT contract)', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'tron'],
    ['Bitcoin P2PKH (genesis)', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'bitcoin'],
    ['Bitcoin P2SH', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bitcoin'],
    ['Bitcoin bech32', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bitcoin'],
    ['Bitcoin bech32, upper case', 'BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ', 'bitcoin'],
    ['Bitcoin taproot (BIP-86 vector)', 'bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr', 'bitcoin'],
    ['Bitcoin testnet', 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', 'bitcoin-testnet'],
    // The same key hash as the Bitcoin bech32 example, encoded for Litecoin and Dogecoin (checked with an
    // independent bech32/base58check implementation).
    ['Litecoin bech32', 'ltc1qar0srrr7xfkvy5l643lydnw9re59gtzz24wl4s', 'litecoin'],
    ['Litecoin legacy', 'LgTGBT2voqMiQNsrdCvpqoFBN7daunKfzs', 'litecoin'],
    ['Dogecoin', 'DSNQTVfk2b1wgaNJBew67YM232zc8Ny7t9', 'dogecoin'],
    ['Solana (wrapped SOL mint)', 'So11111111111111111111111111111111111111112', 'solana'],
    ['Solana (USDC mint)', 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', 'solana'],
    ['XRP (genesis account)', 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', 'xrp'],
    ['Cosmos Hub', 'cosmos1fl48vsnmsdzcv85q5d2q4z5ajdha8yu34mf0eh', 'cosmos'],
    ['TON bounceable', 'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N', 'ton'],
    ['TON raw form', '0:83dfd552e63729b472fcbcc8c45ebcc6691702558b68ec7527e1ba403a0f31a8', 'ton'],
  ])('%s', (_, text, network) => {
    expect(classify(text)).toMatchObject({ kind: 'non-evm-address', network, address: text })
  })
})

describe('rejected with a clear message', () => {
  test.each([
    ['empty', '   ', /empty/],
    ['a word', 'hello', /not a transaction hash, an address/],
    ['hash one character short', usdcTransferHash.slice(0, -1), /63 hex characters/],
    ['address one character long', `${vitalik}5`, /41 hex characters/],
    ['TRON, one character off', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u', /not a transaction hash/],
    ['Bitcoin, one character off', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', /not a transaction hash/],
    ['bech32, one character off', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr', /not a transaction hash/],
    ['bech32, mixed case', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdQ', /not a transaction hash/],
    ['Dogecoin, one character off', 'DSNQTVfk2b1wgaNJBew67YM232zc8Ny7t8', /not a transaction hash/],
    ['XRP, one character off', 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTi', /not a transaction hash/],
    ['TON, one character off', 'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2M', /not a transaction hash/],
    ['Cosmos, one character off', 'cosmos1fl48vsnmsdzcv85q5d2q4z5ajdha8yu34mf0ej', /not a transaction hash/],
    ['Solana, too short to be 32 bytes', 'So1111111111111111111111111111111', /not a transaction hash/],
    ['unknown EIP-3770 prefix', `nochain:${vitalik}`, /not a network txdoctor knows/],
    ['link to a block', 'https://etherscan.io/block/123', /does not point to a transaction or an address/],
    ['bad ENS name', 'no spaces allowed!.eth', /not a valid ENS name|not a transaction hash|no transaction hash/],
    ['too long', 'a'.repeat(10_000), /at most 512/],
  ])('%s', (_, text, message) => {
    expect(() => classify(text)).toThrow(InputError)
    expect(() => classify(text)).toThrow(message)
  })

})

describe("other networks' transactions", () => {
  // Real ids and links, each from a public source named beside it.
  test.each([
    // Solana's RPC documentation, the getTransaction example (88 characters).
    ['Solana signature', '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW', { network: 'solana', id: '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW' }],
    // A Solscan beginner's guide (docs.spicygun.com, "Blockchain Explorer"): "a signature … looks like this".
    ['Solana signature in a sentence', 'my SOL withdrawal 5JLcGJQfZjEEuh1bSDqyw2iEfLuFRoYRJY1paoSwrZC8c8zZFW3VqvxsJgjW3bsUjTrpEUDEtvs83PxsuR6hUWqz never came', { network: 'solana' }],
    // The Cashio exploit post-mortem's link to the swap transaction.
    ['Solscan link', 'https://solscan.io/tx/3qeUYN3sjxxhZFTEGoDYEe4YNwqqQH8tpaa4UGdAqfVNWautK9fQ5JRoo4W1YKZ6ouVkk3sC51WQiwmxbpuinXm3', { network: 'solana', explorerName: 'Solscan', id: '3qeUYN3sjxxhZFTEGoDYEe4YNwqqQH8tpaa4UGdAqfVNWautK9fQ5JRoo4W1YKZ6ouVkk3sC51WQiwmxbpuinXm3' }],
    // A Solscan link with an 87-character signature (an arbitrage bot's README example).
    ['Solscan link, 87 characters', 'https://solscan.io/tx/3t3x5q74j4H1cTNWh6eb7pySeoTtGZjxYzMkCJK8mjA84cxggtXRUGDrdJfpMwfNoG16orAQPXtL5Pj5wizzkiV', { network: 'solana' }],
    // A devnet verifier's README: the Solana Explorer link it printed, with ?cluster=devnet.
    ['Solana Explorer link', 'https://explorer.solana.com/tx/5KhzR7vQyQ7wwM6pe2kyzmFqHrTAUvWFpX78cRvGowN9e5EamvktzHqMpTtXJiNAYT9su6G5N6m9LoGD1xqX3W9s?cluster=devnet', { network: 'solana', explorerName: 'Solana Explorer' }],
    // A talk's notes linking a transaction on mempool.space.
    ['mempool.space link', 'https://mempool.space/tx/62d17dd978f04e547b0156412c1706d4589ed9fb8aeeef804d694c405c6e0a10', { network: 'bitcoin', id: '62d17dd978f04e547b0156412c1706d4589ed9fb8aeeef804d694c405c6e0a10', explorerName: 'mempool.space' }],
    // Bitcoin block 170: the first person-to-person transfer (Satoshi to Hal Finney), as Blockstream shows it.
    ['Blockstream link', 'blockstream.info/tx/f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16', { network: 'bitcoin', explorerName: 'Blockstream Explorer' }],
    ['Blockstream testnet link', 'https://blockstream.info/testnet/tx/9c3daf42bfcb7e4d2c824a67632b240439d298b97f8c7008632b9b3a40a7aa38', { network: 'bitcoin-testnet' }],
    // Blockchair's API documentation links the genesis block's coinbase transaction.
    ['Blockchair link', 'https://blockchair.com/bitcoin/transaction/4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b', { network: 'bitcoin', explorerName: 'Blockchair' }],
    // A payment bot's "example link" to a TRON transaction.
    ['Tronscan link', 'https://tronscan.org/#/transaction/83fce30de4cb6cf38a20a452e0f66c8581788d5d1ba67becd07c23e150b4c9da', { network: 'tron', id: '83fce30de4cb6cf38a20a452e0f66c8581788d5d1ba67becd07c23e150b4c9da', explorerName: 'Tronscan' }],
    ['Tronscan link in a Chinese sentence', '我的 USDT 提现 https://tronscan.org/#/transaction/83fce30de4cb6cf38a20a452e0f66c8581788d5d1ba67becd07c23e150b4c9da 还没到', { network: 'tron' }],
    ['a link beside its own id: one thing', 'https://mempool.space/tx/62d17dd978f04e547b0156412c1706d4589ed9fb8aeeef804d694c405c6e0a10 (62d17dd978f04e547b0156412c1706d4589ed9fb8aeeef804d694c405c6e0a10)', { network: 'bitcoin' }],
  ])('%s', (_, text, expected) => {
    expect(classify(text)).toMatchObject({ kind: 'non-evm-transaction', ...expected })
  })

  test('a bare 64-hex id stays an EVM search (it may be one), flagged as possibly Bitcoin or TRON', () => {
    expect(classify('f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16')).toMatchObject({ kind: 'transaction', bareHex: true })
  })

  test("an EVM explorer's link keeps meaning EVM, and a Solana address link stays an address", () => {
    expect(classify(`https://etherscan.io/tx/${usdcTransferHash}`)).toMatchObject({ kind: 'transaction', chain: { chainId: 1 } })
    expect(classify('https://solscan.io/account/EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v')).toMatchObject({ kind: 'non-evm-address', network: 'solana' })
  })

  test.each([
    ['a cut-off Solana signature', 'https://solscan.io/tx/3qeUYN3sjxxhZFTEGoDYEe4YNwqqQH8tpaa4UGdAqfVNWautK9fQ5JRoo4W1YKZ6ouVkk3sC51WQiwmxbpuinX'],
    ['a cut-off Bitcoin id', 'https://mempool.space/tx/62d17dd978f04e547b0156412c1706d4589ed9fb8aeeef804d694c405c6e0a1'],
  ])('%s is not taken for a transaction', (_, text) => {
    expect(() => classify(text)).toThrow(InputError)
  })
})

describe('what people actually paste around it', () => {
  const other = '0x70ce6b1bd1b1b3f0bd7d3b3bfc5e0c6b1cf0f4cd1a6e6ea2de1c1f0a6d5595cf'
  test.each([
    ['a labelled hash', `Hash: ${usdcTransferHash}`, { kind: 'transaction', hash: usdcTransferHash }],
    ['a label glued on', `TxHash:${usdcTransferHash}`, { kind: 'transaction', hash: usdcTransferHash }],
    ['Transaction Hash label, tab', `Transaction Hash:\t${usdcTransferHash}`, { kind: 'transaction', hash: usdcTransferHash }],
    ['a Chinese label, full-width colon', `交易哈希：${usdcTransferHash}`, { kind: 'transaction', hash: usdcTransferHash }],
    ['a Chinese sentence, hash glued in', `我的转账${usdcTransferHash}一直没到账`, { kind: 'transaction', hash: usdcTransferHash }],
    ['a sentence', `my tx ${usdcTransferHash} is stuck pls help`, { kind: 'transaction', hash: usdcTransferHash }],
    ['a sentence with punctuation after it', `Hi, my transfer (${usdcTransferHash}), still pending?`, { kind: 'transaction', hash: usdcTransferHash }],
    ['an explorer link in a sentence', `see https://basescan.org/tx/${usdcTransferHash}. what happened?`, { kind: 'transaction', chain: { chainId: 8453 } }],
    ['the link and its hash: one thing', `https://etherscan.io/tx/${usdcTransferHash} (${usdcTransferHash})`, { kind: 'transaction', chain: { chainId: 1 } }],
    ['an address in a support form', `Wallet address: ${vitalik}\nNetwork: Ethereum`, { kind: 'address', address: vitalik }],
    ['a name in a sentence', 'is vitalik.eth safe to send to?', { kind: 'ens', name: 'vitalik.eth' }],
    ['a TRON address in a sentence', '我往 TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t 转了 USDT', { kind: 'non-evm-address', network: 'tron' }],
  ])('%s', (_, text, expected) => {
    expect(classify(text)).toMatchObject(expected)
  })

  test('two candidates: both are named, and the user is asked to pick one', () => {
    expect(() => classify(`sent from ${vitalik} to 0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45, tx ${usdcTransferHash}`)).toThrow(
      /This text holds 3 things txdoctor could check: 0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045, 0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45, 0x9fc7/,
    )
    expect(() => classify(`${usdcTransferHash} or ${other}?`)).toThrow(/holds 2 things/)
  })

  test.each([
    ['as the README shows one', '0x70ce…95cf'],
    ['three dots', 'my tx 0x70ce...95cf failed'],
    ['a shortened address', '转账到 0xd8dA…6045 了'],
  ])('a shortened hash (%s) gets a hint to copy the whole one', (_, text) => {
    expect(() => classify(text)).toThrow(/is shortened: the middle of it is left out/)
  })

  test('a sentence with nothing to check keeps the plain error', () => {
    expect(() => classify('my transfer is stuck please help')).toThrow('There is no transaction hash, address or name in this text that txdoctor recognises.')
  })
})
