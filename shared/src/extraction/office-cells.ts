// A yearly list of works flattened to a `|` table names, in a column of its own, the office that
// leads each item (`| 区卫生健康局 |`, `| 区红十字会 |`): offices of the page's own level, named by
// the level alone. Each such cell is a vote for that level's whole, so a higher whole an item
// names for a scheme's reach (`全省医保参保人员…全省共享`) does not outweigh the page's own.

const OFFICE_CELL =
  /\|\s*(省|市|区|县)[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|会|厅|办公室|办|中心)\s*(?=\|)/g;

/** How many `|` cells of `body` (first 6000 characters) hold an office named by each level alone. */
export function officeCellVotes(body: string): Map<string, number> {
  const votes = new Map<string, number>();
  if (!body.includes('|')) return votes;
  for (const m of body.slice(0, 6000).matchAll(OFFICE_CELL)) {
    const whole = `全${m[1]}`;
    votes.set(whole, (votes.get(whole) ?? 0) + 1);
  }
  return votes;
}
