import { getEventListeners } from 'node:events'
import { expect, test } from 'vitest'
import { beforeDeadline, DeadlineError } from '../../src/diagnose/deadline.js'

const never = () => new Promise<never>(() => {})

test('however many calls race the deadline, its signal carries one listener', async () => {
  const controller = new AbortController()
  const races = Array.from({ length: 50 }, () => beforeDeadline(never(), controller.signal))
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
  controller.abort(new DeadlineError(10))
  for (const race of await Promise.allSettled(races)) expect(race).toMatchObject({ status: 'rejected', reason: expect.any(DeadlineError) })
})

test('the first to settle wins: a value, an error, or the deadline; a later loser is swallowed', async () => {
  const controller = new AbortController()
  expect(await beforeDeadline(Promise.resolve(7), controller.signal)).toBe(7)
  await expect(beforeDeadline(Promise.reject(new Error('node said no')), controller.signal)).rejects.toThrow('node said no')
  let fail!: (error: Error) => void
  const late = beforeDeadline(new Promise((_, reject) => (fail = reject)), controller.signal)
  controller.abort(new DeadlineError(5))
  await expect(late).rejects.toBeInstanceOf(DeadlineError)
  fail(new Error('too late')) // no unhandled rejection: the test run would report it
  await expect(beforeDeadline(Promise.reject(new Error('after the deadline')), controller.signal)).rejects.toBeInstanceOf(DeadlineError)
})
