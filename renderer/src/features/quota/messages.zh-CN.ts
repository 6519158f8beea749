/** zh-CN texts of the quota feature (the first language: every key is declared here). */
export const quotaZh = {
  'quota.open': '接口额度',
  'quota.title': '今日接口额度',
  'quota.intro':
    '本应用用到的微信接口今天已用和上限（北京时间 0 点清零）。数据来自微信的 openapi/quota/get，最多每分钟更新一次。',
  'quota.loading': '正在向微信查询额度…',
  'quota.asOf': '查询时间 {time}',
  'quota.used': '已用 {used} / 上限 {limit}',
  'quota.remain': '剩余 {remain}',
  'quota.unavailable': '微信未提供这个接口的额度',
  'quota.refresh': '刷新',
  'quota.close': '关闭',
  'quota.barLabel': '{name} 已用比例',
} as const;
