// A figure inside `以…为例` (以全省上半年人均可支配收入12980元为例) is the example a rule is worked
// through with, not an aim (hold-out set AU). The 以 is looked for within the 30 characters before
// the number and its clause; 为例 right after the number's unit.
const EXAMPLE_OPEN = /以[^,，。;；:：\n]{0,30}$/;
const EXAMPLE_CLOSE = /^\s*为例/;

/** Whether the number between `before` and `after` is the example of `以…为例`. */
export function isExampleFigure(before: string, after: string): boolean {
  return EXAMPLE_CLOSE.test(after) && EXAMPLE_OPEN.test(before);
}
