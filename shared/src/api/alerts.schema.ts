import { z } from 'zod';
import { IdSchema, textSchema } from './fields';

export const NotificationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['status', 'overdue', 'returned']),
  regionId: z.number().int(),
  /** The region's code, for the dashboard link. */
  regionCode: z.string(),
  quarter: z.string(),
  /** The cell's indicator; null for a digest of many cells, an overdue quarter or a return. */
  indicatorId: z.number().int().nullable(),
  /** How many cells the notification covers (a digest covers many). */
  itemCount: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  bodyZh: z.string(),
  bodyEn: z.string(),
  read: z.boolean(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z.object({
  notifications: z.array(NotificationSchema),
  unread: z.number().int(),
});

export const NotificationSettingsSchema = z.object({
  email: z.string().nullable(),
  emailEnabled: z.boolean(),
  /** Whether this server sends e-mail at all (SMTP_URL is set). */
  emailAvailable: z.boolean(),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

export const SetNotificationSettingsBodySchema = z
  .object({
    email: z.email().max(254).nullable(),
    emailEnabled: z.boolean(),
  })
  .refine((s) => !s.emailEnabled || s.email !== null, {
    path: ['email'],
    message: '开启邮件提醒需填写邮箱',
  });

export const WEBHOOK_PLATFORMS = ['wecom', 'dingtalk'] as const;

export const WebhookSchema = z.object({
  id: z.number().int(),
  regionId: z.number().int(),
  platform: z.enum(WEBHOOK_PLATFORMS),
  /** The robot's address with its key or token cut short: the full URL is a credential. */
  urlHint: z.string(),
  hasSecret: z.boolean(),
  enabled: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Webhook = z.infer<typeof WebhookSchema>;

export const CreateWebhookBodySchema = z.object({
  regionId: IdSchema,
  platform: z.enum(WEBHOOK_PLATFORMS),
  url: z.url({ protocol: /^https?$/ }).max(2000),
  /** DingTalk's 加签 secret (SEC…); WeCom robots have none. */
  secret: textSchema().min(1).max(200).nullable().optional(),
});
