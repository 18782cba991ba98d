import type { LocaleCatalog } from '../catalog-types.js'
import { addressEn } from './address.js'
import { approvalsEn } from './approvals.js'
import { nonEvmEn } from './non-evm.js'
import { serviceEn } from './service.js'
import { txEn } from './tx.js'

export const catalogEn: LocaleCatalog = { ...txEn, ...nonEvmEn, ...addressEn, ...approvalsEn, ...serviceEn }
