import { type Kysely, sql } from 'kysely';

// Until now the catalogue was seeded into an empty table only, so a database that had one
// never saw a new entry. From here each seeded name is recorded when it is offered: an entry
// is offered once, so renaming, merging or deleting it sticks. A database that already holds
// a catalogue was offered the first seed list, written out below as it stood (never edit it).
export const FIRST_SEED = [
  '新农合参合率',
  '新农合人均筹资水平',
  '政策范围内住院费用报销比例',
  '门诊费用报销比例',
  '新农合最高支付限额',
  '城乡居民医保参保率',
  '个人卫生支出占卫生总费用比例',
  '人均基本公共卫生服务经费补助标准',
  '居民健康档案建档率',
  '免疫规划疫苗接种率',
  '麻疹发病率',
  '法定传染病报告率',
  '高血压患者规范管理率',
  '糖尿病患者规范管理率',
  '严重精神障碍患者规范管理率',
  '老年人健康管理率',
  '居民健康素养水平',
  '无偿献血率',
  '孕产妇死亡率',
  '婴儿死亡率',
  '5岁以下儿童死亡率',
  '住院分娩率',
  '孕产妇系统管理率',
  '3岁以下儿童系统管理率',
  '7岁以下儿童保健管理率',
  '家庭医生签约服务覆盖率',
  '基层医疗卫生机构诊疗量占比',
  '乡村医生培训人数',
  '门诊和住院次均费用增长率',
  '公立医院药占比',
  '百元医疗收入卫生材料消耗',
  '医疗费用增长幅度',
  '预约诊疗率',
  '临床用血无偿献血比例',
  '每千人口床位数',
  '中医药服务覆盖率',
  '政策生育率',
  '出生人口性别比',
  '长效节育措施落实率',
  '流动人口办证率',
  '全科医生培训人数',
  '住院医师规范化培训招生人数',
  '重点实验室数',
  '卫生监督覆盖面',
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicator_seeds')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('offered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`
    INSERT INTO indicator_seeds (name)
    SELECT unnest(${sql.val(FIRST_SEED)}::text[])
    WHERE EXISTS (SELECT 1 FROM indicators)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('indicator_seeds').ifExists().execute();
}
