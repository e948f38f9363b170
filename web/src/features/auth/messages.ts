import { defineMessages } from '../../lib/i18n';

export const passwordMessages = defineMessages(
  {
    title: '修改密码',
    required: '这是初始密码（生成的或示例共用的），请先设置您自己的密码再继续使用。',
    current: '当前密码',
    next: '新密码',
    repeat: '再次输入新密码',
    rule: '至少 10 个字符，不能是常见密码、键盘序列或含用户名；建议用几个词组成的长句。',
    mismatch: '两次输入的新密码不一致。',
    submit: '保存新密码',
    saving: '正在保存…',
    done: '密码已修改，其他设备上的登录已退出。',
    failed: '修改失败：{message}',
    open: '修改密码',
    back: '返回',
  },
  {
    title: 'Change password',
    required:
      'This is an initial password (generated or the shared demo one); set your own before going on.',
    current: 'Current password',
    next: 'New password',
    repeat: 'New password again',
    rule: 'At least 10 characters; not a common password, keyboard run or your username. A few words make a good one.',
    mismatch: 'The two new passwords differ.',
    submit: 'Save new password',
    saving: 'Saving…',
    done: 'Password changed; sessions on other devices have ended.',
    failed: 'Could not change it: {message}',
    open: 'Change password',
    back: 'Back',
  },
);
