// 启动首批10个示范县建设, 启动8个中心建设: units whose building the year launches are counted by the
// launch (示范县启动建设数), not by the building, which is finished years later.

// 启动, with the batch it launches (首批, 第二批), right before the count.
const LAUNCH = /启动(?:首批|第[一二三四五六七八九十]批|新一批)?\s*$/;

/** `…建设数` → `…启动建设数` when the count stands right after 启动. */
export function launchedName(before: string, name: string): string {
  if (!name.endsWith('建设数') || !before.includes('启动')) return name;
  return LAUNCH.test(before) ? `${name.slice(0, -3)}启动建设数` : name;
}
