import { readdirSync, readFileSync } from 'node:fs'

/**
 * The recorded TRON node replies in fixtures/tron (see its README), read the way the fake node serves them: each
 * file's `_source` removed, the rest unchanged. Read from the folder each time a node starts, so a recording added
 * there is served without touching this code.
 */

type Json = Record<string, unknown>

export const tronFixtureDir = new URL('../../fixtures/tron/', import.meta.url)

/**
 * One fixture's body: the file without `_source`. Throws on a number JSON cannot carry exactly (above 2^53), since
 * re-serialising it would change a recorded value.
 */
export function tronFixture(fileName: string): Json {
  const text = readFileSync(new URL(fileName, tronFixtureDir), 'utf8')
  const parsed = JSON.parse(text, (key, value: unknown) => {
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
      throw new Error(`${fileName}: ${key} = ${value} would not survive JSON.parse; serve it as text instead`)
    }
    return value
  }) as Json
  const { _source, ...body } = parsed
  if (_source === undefined) throw new Error(`${fileName} has no _source: every fixture must name where it comes from`)
  return body
}

/**
 * A TronGrid v1 transaction record (`/v1/accounts/{address}/transactions`) cut down to the fields java-tron's
 * `/wallet/gettransactionbyid` returns: `ret` entries keep only `contractRet`, and `fee` when it is not 0 (the full
 * node leaves zero fields out); then `signature`, `txID`, `raw_data`, `raw_data_hex`. Values are not changed.
 * The v1-only fields (`net_usage`, `energy_*`, `blockNumber`, `internal_transactions` …) are dropped: on a full
 * node they belong to the transaction's info, which has its own recording.
 */
export function fullNodeTransactionFromV1(record: Json): Json {
  const ret = (record.ret as Json[]).map(({ contractRet, fee }) => (fee ? { contractRet, fee } : { contractRet }))
  const { signature, txID, raw_data, raw_data_hex } = record
  return { ret, signature, txID, raw_data, raw_data_hex }
}

/**
 * A TronGrid v1 account page (`/v1/accounts/{address}`) cut down to what java-tron's `/wallet/getaccount` returns:
 * its one account, without the `trc20` balance list v1 adds (on a full node those balances live in each token's
 * contract). Values are not changed: v1 writes the account's own address in hex and its permission keys in base58,
 * as it recorded them.
 */
export function fullNodeAccountFromV1(page: Json): Json {
  const [account] = page.data as Json[]
  const { trc20: _trc20, ...fields } = account!
  return fields
}

/** Every recorded transaction (by `txID`) and transaction info (by `id`), each with the file it came from. */
export function indexTronFixtures() {
  const transactions = new Map<string, { file: string; body: Json }>()
  const infos = new Map<string, { file: string; body: Json }>()
  const files = readdirSync(tronFixtureDir).filter((name) => name.endsWith('.json')).sort()
  const add = (into: typeof infos, key: unknown, file: string, body: Json) => {
    if (typeof key !== 'string') throw new Error(`${file}: no transaction id`)
    const known = into.get(key)
    if (known) throw new Error(`${file} and ${known.file} record the same transaction ${key}: which one to serve?`)
    into.set(key, { file, body })
  }
  for (const file of files) {
    if (file.startsWith('gettransactionbyid-')) add(transactions, tronFixture(file).txID, file, tronFixture(file))
    if (file.startsWith('gettransactioninfobyid-')) add(infos, tronFixture(file).id, file, tronFixture(file))
  }
  // A v1 file holds one record (trongrid-v1-transaction-*) or a page of them in `data` (trongrid-v1-transactions-*).
  // A full node's own recording of a transaction wins over the projection of its v1 record.
  for (const file of files.filter((name) => /^trongrid-v1-transactions?-/.test(name))) {
    const fixture = tronFixture(file)
    for (const record of (fixture.data as Json[] | undefined) ?? [fixture]) {
      const body = fullNodeTransactionFromV1(record)
      if (!transactions.has(body.txID as string)) add(transactions, body.txID, file, body)
    }
  }
  return { transactions, infos }
}
