/** 多处共用的中文句子，保证说法一致。 */
export const zh = {
  noRecoveryPhrase: '如需向他人求助，请记住：真正的客服绝不会索要你的助记词或私钥。',
  dontResend: '不要把这笔转账重新发一遍：如果两笔都成功，你会付两次钱。',
  moneyStillHere: '你的钱还在你的钱包里。',
  /** 表示“一切正常”：同一答案里有警告或危险时，explain() 会去掉它（一个答案只讲一个故事）。 */
  nothingToDo: '这笔交易本身无需再做任何事。',
  revokeTool: '用可信的工具（例如 revoke.cash 或钱包自带的授权管理页面）撤销这项授权',
}
