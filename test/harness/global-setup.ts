import { compileContracts } from './contracts.js'

/** Compile the scenario contracts once, before test files run in parallel and would each compile them. */
export default function setup(): void {
  compileContracts()
}
