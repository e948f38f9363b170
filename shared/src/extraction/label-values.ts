// A sheet of indicator values written as label–value pairs (高血压患者规范管理率:80%), often run
// together with no separator after the value (…:30%高血压患者规范管理率:80%…): each value is named
// by the label right before its colon, never by the words that follow it.

// A label may give its aim's year and bound after the colon (死亡率:2015年控制在8‰以内,
// 合格率:到2020年达到95%): the clause after the colon is still the label's value.
const LABEL =
  /([\u4e00-\u9fff][\u4e00-\u9fff\d]{1,24}?(?:率|比例|比重|占比))\s*[:：]\s*(?:[到至]?(?:19|20)\d{2}年(?:底|末)?\s*)?(?:控制在|保持在|达到|降至|降到|下降到|下降至|提高到|提高至|不低于|不高于|低于|高于)?\s*$/;

/** The label of a rate written `label:value`, read from the text just before the value, or null. */
export function colonLabel(before: string): string | null {
  const m = LABEL.exec(before.slice(-40));
  return m ? m[1]! : null;
}
