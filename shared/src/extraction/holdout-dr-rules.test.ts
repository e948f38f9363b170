import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { opensPresent } from './present-state';

// Rules written from the failure classes of hold-out set DR (pledges of facilities to open and
// equipment to put out, in simplified and traditional script), each tested in wording of its own.
const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('units to open and equipment to put out are counts to reach (context-rules.ts COUNT_VERB)', () => {
  it('reads 开办 as a count of units to open', () => {
    expect(values('明年全区将开办9所社区嵌入式养老驿站。')).toContain(9);
    expect(values('預計明年開辦7家日間照顧中心。')).toContain(7);
  });

  it('reads 投放 as a count of equipment to put out', () => {
    expect(values('今年在各地铁站投放30台自动体外除颤器。')).toContain(30);
  });

  it('reads 设置 after a word of the future and a place put between them', () => {
    expect(values('计划于各街道内设置5处母婴室。')).toContain(5);
    expect(values('預計於醫院內設置3處哺乳室。')).toContain(3);
  });

  it('(guard) leaves a past opening and a document’s own sections alone', () => {
    expect(values('去年已开办了9所社区养老驿站。')).not.toContain(9);
    expect(values('本规划设置9个专栏。')).not.toContain(9);
  });
});

describe('a word of the present after the clause’s subject (present-state.ts opensPresent)', () => {
  it('tells the present when the subject stands before 目前 or 当前', () => {
    expect(opensPresent('全县目前设有45处日间照料中心')).toBe(true);
    expect(opensPresent('该院当前开放床位')).toBe(true);
    expect(values('全县目前设有45处日间照料中心,可提供1300个照护床位。')).not.toContain(1300);
  });

  it('(guard) leaves the time for work and a plan’s aim after the present alone', () => {
    expect(opensPresent('全市当前和今后一个时期')).toBe(false);
    expect(opensPresent('各地当前要加快建设')).toBe(false);
    expect(values('全县目前设有45处日间照料中心,到2027年将新增8处。')).toContain(8);
  });
});

describe('a news sentence dated by the bare year of the story (news-kind.ts relaysAim)', () => {
  const dateline = '新华网兰州5月6日电 甘肃启动儿童口腔健康行动。\n';

  it('relays what is to be done this year', () => {
    expect(
      values(`${dateline}厅长说,今年秋季学期免费为全省60余万名小学生开展窝沟封闭。`),
    ).toContain(600000);
  });

  it('(guard) leaves the year so far and a deed told done as reports', () => {
    expect(values(`${dateline}今年以来,全省为60万名小学生开展窝沟封闭。`)).not.toContain(600000);
    expect(values(`${dateline}今年全省为60万名小学生开展了窝沟封闭。`)).not.toContain(600000);
    expect(values(`${dateline}今年1至4月,全省为60万名小学生开展窝沟封闭。`)).not.toContain(600000);
    expect(values(`${dateline}今年全省还获得中央补助资金80万元。`)).not.toContain(800000);
  });
});
