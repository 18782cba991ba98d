import { findingCodes } from './codes.js'
import type { FindingBuilder } from './types.js'

/** @example finding('ADDRESS_NON_EVM', { network: 'tron', address }) */
export const finding: FindingBuilder = (code, facts, severity = findingCodes[code]) =>
  ({ code, severity, facts }) as never
