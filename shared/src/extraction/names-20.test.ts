import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Names round 4 (branch hnames4, issue 14; names across every set), in wording of our own: a name
// is what a bureau would title a chart with.
const HEADER = '2024年全县卫生健康工作要点\n';
const targets = (body: string) => extractTargets(HEADER + body).targets;
const names = (body: string) => targets(body).map((t) => t.indicator);

describe('a count of people named by a word for people', () => {
  it('takes no second counter after the people named after the number', () => {
    expect(names('力争培养300名乡村医生、120名公共卫生医师。')).toEqual([
      '乡村医生数',
      '公共卫生医师数',
    ]);
    expect(names('年内拟招聘80名护士。')).toEqual(['护士数']);
    expect(names('年内拟增聘60名医技人手。')).toEqual(['医技人手数']);
  });

  it('gives every item of a list the same title, a making verb and a closing 等 or not', () => {
    expect(names('到2025年,新增4名主任药师、6名副主任药师。')).toEqual([
      '新增主任药师数',
      '新增副主任药师数',
    ]);
    expect(names('到2025年,引进3名药师、5名技师等。')).toEqual(['药师数', '技师数']);
  });

  it('counts cases that are people as the people', () => {
    expect(names('明年收治急诊病人3.2万例。')).toEqual(['收治急诊病人数']);
  });

  it('keeps the counter of things and of people who are no single word', () => {
    expect(names('全年完成白内障复明手术500例。')).toEqual(['白内障复明手术例数']);
    expect(names('全年培训乡村医生骨干200人。')).toEqual(['培训乡村医生骨干人数']);
  });
});

describe('one measure for two groups', () => {
  it('titles each group’s figure with its own name', () => {
    expect(names('到2025年,孕妇缺碘率控制在8%以下,学龄儿童缺碘率控制在5%以下。')).toEqual([
      '孕妇缺碘率',
      '学龄儿童缺碘率',
    ]);
  });

  it('still narrows a measure by a group written before its shortened name', () => {
    const [first, second] = targets('到2025年,家庭医生签约服务覆盖率达到45%,老年人覆盖率达到70%。');
    expect(first!.indicator).toBe('家庭医生签约服务覆盖率');
    expect(second!.indicator).toBe('家庭医生签约服务覆盖率');
    expect(second!.scope).toBe('老年人');
  });
});

describe('a 分别 list after an item that reached its own figure', () => {
  it('starts after that item', () => {
    expect(
      names('主要目标:床位使用率达90%左右、新生儿死亡率和围产儿死亡率分别控制在3‰和6‰以下。'),
    ).toEqual(['床位使用率', '新生儿死亡率', '围产儿死亡率']);
  });
});

describe('an act that covers a share right before the figure', () => {
  it('is titled as a coverage', () => {
    expect(names('到2025年,远程心电诊断服务覆盖90%以上。')).toEqual(['远程心电诊断服务覆盖率']);
  });
});

describe('a multiple of a base', () => {
  it('is named by its subject, not by the base after the bound', () => {
    expect(names('大病保险年度封顶线不低于当地居民人均可支配收入6倍。')).toEqual([
      '大病保险年度封顶线',
    ]);
  });
});

describe('the year an aim falls due inside a name', () => {
  it('is no part of the title', () => {
    expect(names('全县乡村医生今年签约服务人数覆盖率将达到40%以上。')).toEqual([
      '乡村医生签约服务人数覆盖率',
    ]);
  });
});

describe('an autonomous region opening a name', () => {
  it('goes by its short name and leaves the name', () => {
    const t = extractTargets(
      '宁夏回族自治区2024年卫生健康工作要点\n到2025年,使宁夏孕产妇艾滋病检测率达到98%以上。',
    ).targets;
    expect(t.map((x) => x.indicator)).toEqual(['孕产妇艾滋病检测率']);
  });
});
