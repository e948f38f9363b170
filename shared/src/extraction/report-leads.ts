// A page that only reports a past year opens by telling of a review meeting (总结会, 总结表彰) or by
// announcing a year's figures (通报2017年全省妇女健康状况). A plan may name a review meeting too, as a
// task still to do (年底前要召开试点总结会议, 将于12月举行总结大会): a meeting to come reports nothing,
// so it leads no report. The look back stays inside the meeting's own clause and a few words.

const REPORT_LEAD =
  /总结会|总结大会|总结表彰|(?:通报|公布|发布)了?(?:19|20)\d{2}年(?:度)?[^。\n]{0,20}(?:情况|状况|结果|数据)/g;

// A modal or a deadline to come (要, 将, 拟, 应当, 计划, 年底前; not 日前 'lately' nor 此前), then the
// verb that holds a meeting, then at most a few words of its name.
const TO_COME =
  /(?:要|将|拟|应当?|须|需|计划|准备|适时|(?:底|末)前|年内)[^,，。;；:：\n]{0,8}(?:召开|举行|举办|组织|开好)(?!了)[^,，。;；:：\n]{0,12}$/;

/** Whether `lead` tells of a review meeting held or announces a past year's figures. */
export function hasReportLead(lead: string): boolean {
  REPORT_LEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REPORT_LEAD.exec(lead)) !== null) {
    if (!TO_COME.test(lead.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}
