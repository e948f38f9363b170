// 新建甲村、乙村等6所卫生室, 购置彩超、DR、CT等医疗设备306台: the examples a count lists right
// after its verb of making or buying (…、…等) say which ones are meant, not what is counted; the
// name keeps the verb and the counted noun.

// A verb of making or buying, then two items or more joined by 、 and closed by 等.
const EXAMPLES_AFTER_VERB =
  /(新改扩建|改扩建|改造提升|提档升级|新建|改建|扩建|改造|提升|建设|建成|购置|采购|配备|配置|新增)[^,，;；。、\s]{1,12}(?:、[^,，;；。、\s]{1,12})+等/g;

/** The words before a count without the examples its verb lists (`新建甲村、乙村等` → `新建`). */
export function withoutExamples(nameBefore: string): string {
  if (!nameBefore.includes('等') || !nameBefore.includes('、')) return nameBefore;
  return nameBefore.replace(EXAMPLES_AFTER_VERB, '$1');
}
