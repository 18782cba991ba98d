import type { LocaleCatalog } from '../catalog-types.js'
import { addressZh } from './address.js'
import { approvalsZh } from './approvals.js'
import { nonEvmZh } from './non-evm.js'
import { serviceZh } from './service.js'
import { txZh } from './tx.js'

export const catalogZh: LocaleCatalog = { ...txZh, ...nonEvmZh, ...addressZh, ...approvalsZh, ...serviceZh }
