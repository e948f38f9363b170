// A sheet of indicator values written as label–value pairs (高血压患者规范管理率:80%), often run
// together with no separator after the value (…:30%高血压患者规范管理率:80%…): each value is named
// by the label right before its colon, never by the words that follow it.

const LABEL = /([\u4e00-\u9fff][\u4e00-\u9fff\d]{1,24}?(?:率|比例|比重|占比))\s*[:：]\s*$/;

/** The label of a rate written `label:value`, read from the text just before the value, or null. */
export function colonLabel(before: string): string | null {
  const m = LABEL.exec(before.slice(-40));
  return m ? m[1]! : null;
}
