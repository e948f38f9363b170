import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Names that titled a chart badly on unseen plans (issue 14, naming round 8), in wording of our own.
const HEADER = '2026年全县卫生健康工作要点\n';
const targets = (body: string) => extractTargets(HEADER + body).targets;
const names = (body: string) => targets(body).map((t) => t.indicator);

describe('a rate whose name opens with a verb of aiming', () => {
  it('keeps 完成 in 完成率 after 实现', () => {
    expect(names('年底前实现任务完成率100%。')).toEqual(['任务完成率']);
    expect(names('今年,全县实现完成率100%。')).toEqual(['完成率']);
  });

  it('keeps 实现 in 实现率', () => {
    expect(names('全县以村为主实现率90%以上。')).toEqual(['以村为主实现率']);
  });
});
