import type { Lang } from '../core/types.js'

/** Solidity's Panic(uint256) codes, as the compiler documents them. */
const panics: Record<number, Record<Lang, string>> = {
  0x01: { en: 'an assert() failed', 'zh-CN': 'assert() 断言失败' },
  0x11: { en: 'arithmetic overflow or underflow', 'zh-CN': '算术上溢或下溢' },
  0x12: { en: 'division or modulo by zero', 'zh-CN': '除以零或对零取模' },
  0x21: { en: 'conversion to an invalid enum value', 'zh-CN': '转换为无效的枚举值' },
  0x22: { en: 'incorrectly encoded storage byte array', 'zh-CN': '存储字节数组编码错误' },
  0x31: { en: 'pop() on an empty array', 'zh-CN': '对空数组调用 pop()' },
  0x32: { en: 'array index out of bounds', 'zh-CN': '数组下标越界' },
  0x41: { en: 'too much memory allocated', 'zh-CN': '分配的内存过多' },
  0x51: { en: 'call to an uninitialised internal function', 'zh-CN': '调用了未初始化的内部函数' },
}

export function panicMeaning(code: number, lang: Lang): string {
  return panics[code]?.[lang] ?? (lang === 'zh-CN' ? `未知的 panic 代码 0x${code.toString(16)}` : `unknown panic code 0x${code.toString(16)}`)
}
