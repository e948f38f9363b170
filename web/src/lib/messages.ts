const zh = {
  'app.title': '指标看板',
  'app.subtitle': '卫生工作要点目标跟踪',
  'nav.documents': '文件',
  'nav.targets': '指标',
  'nav.entry': '填报',
  'nav.dashboard': '看板',
  'nav.trends': '趋势',
  'lang.switch': 'English',
  'health.ok': '服务正常 · 数据库 {db} · 版本 {version}',
  'health.checking': '正在连接服务…',
  'health.down': '无法连接服务：{message}',
  'page.documents.title': '文件',
  'page.documents.empty': '还没有上传工作要点。上传后，系统会提取其中的量化目标供您确认。',
  'page.targets.title': '指标',
  'page.targets.empty': '还没有已确认的目标。确认文件中提取的目标后，它们会出现在这里。',
  'page.entry.title': '季度填报',
  'page.entry.empty': '选择地区和季度后，即可填报各项指标的数值。',
  'page.dashboard.title': '看板',
  'page.dashboard.empty': '有了目标和填报数据后，这里将按地区显示达标、预警和未达标情况。',
  'page.trends.title': '趋势',
  'page.trends.empty': '选择一个指标和若干地区，查看各季度数值与目标线。',
  'notfound.title': '页面不存在',
  'notfound.back': '返回首页',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.title': 'Targetboard',
  'app.subtitle': 'Health work-plan target tracking',
  'nav.documents': 'Documents',
  'nav.targets': 'Targets',
  'nav.entry': 'Entry',
  'nav.dashboard': 'Dashboard',
  'nav.trends': 'Trends',
  'lang.switch': '中文',
  'health.ok': 'Service healthy · database {db} · version {version}',
  'health.checking': 'Connecting to the service…',
  'health.down': 'Cannot reach the service: {message}',
  'page.documents.title': 'Documents',
  'page.documents.empty':
    'No work plan uploaded yet. Upload one and its quantitative targets are extracted for you to confirm.',
  'page.targets.title': 'Targets',
  'page.targets.empty':
    'No confirmed targets yet. Confirm the targets extracted from a document and they appear here.',
  'page.entry.title': 'Quarterly entry',
  'page.entry.empty': 'Choose a region and a quarter to enter the figures for each indicator.',
  'page.dashboard.title': 'Dashboard',
  'page.dashboard.empty':
    'Once targets and figures exist, every region appears here as met, at risk or missed.',
  'page.trends.title': 'Trends',
  'page.trends.empty':
    'Pick an indicator and some regions to chart their quarterly values against the target line.',
  'notfound.title': 'Page not found',
  'notfound.back': 'Back to the start',
};

export type Language = 'zh' | 'en';
export const messages: Record<Language, Record<MessageKey, string>> = { zh, en };
