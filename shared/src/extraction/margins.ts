// 各地可在此基础上上下浮动5%, 补偿比可浮动10个百分点: the margin a scheme lets each place move its
// levels within is a tolerance granted, not a level to reach. Read from the words right before the
// number (`before`, a few characters).
const MARGIN = /浮动(?:幅度|范围)?(?:为|在)?\s*$/;

/** Whether the figure after `before` is a margin a rule allows (`上下浮动5%`). */
export function isAllowedMargin(before: string): boolean {
  return before.includes('浮动') && MARGIN.test(before);
}
