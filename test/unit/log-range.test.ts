import { describe, expect, test } from 'vitest'
import { isLogRangeMessage } from '../../src/rpc/log-range.js'
import errors from '../../fixtures/log-range-errors.json' with { type: 'json' }

describe("providers' eth_getLogs range errors", () => {
  test.each(errors.range)('$provider: split', ({ message }) => {
    expect(isLogRangeMessage(message)).toBe(true)
  })
  test.each(errors.notRange)('$message: not a range error', ({ message }) => {
    expect(isLogRangeMessage(message)).toBe(false)
  })
})
