/**
 * Approvals are judged in one place: ./approvals/judge.ts (risks and severity) and ./approvals/permission.ts
 * (what a permission is, its limits, how to revoke it). Kept for code that reads the "unlimited" threshold here.
 */
export { unlimitedAllowance } from './approvals/permission.js'
