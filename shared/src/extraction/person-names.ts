// A place's name is often part of a person's (王海东, 李江西): a common surname right before it,
// with an official's title before the surname (司长王海东) or a verb of speaking or a day after it
// (王海东指出, 王海东1日), names a person, not the place a page is about.

// The commonest surnames, one character each; a place seldom follows one of them directly
// outside a person's name.
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);

// An official's or writer's title ends right before the surname: 司长, 主任, 记者, 书记, 教授.
const TITLE_BEFORE = /(?:长|主任|记者|书记|主席|教授|院士|专家|委员|巡视员|代表)$/;
// What follows a speaker's name: a verb of speaking, or the day he spoke (1日).
const SPEECH_AFTER = /^(?:指出|表示|介绍|强调|说|称|认为|透露|坦言|提出|\d{1,2}日)/;

/** True when the place found at `[start, end)` of `s` is the given name of a person. */
export function inPersonName(s: string, start: number, end: number): boolean {
  if (start < 1 || !SURNAMES.has(s[start - 1]!)) return false;
  return (
    TITLE_BEFORE.test(s.slice(Math.max(0, start - 4), start - 1)) ||
    SPEECH_AFTER.test(s.slice(end, end + 3))
  );
}
