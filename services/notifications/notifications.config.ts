/**
 * The notifications service's configuration (environment variables, validated when the service starts; a bad value
 * stops it with a ConfigError naming the variable). Without SMTP_URL the service is in-app only.
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | `SMTP_URL` | — | nodemailer connection URL, e.g. `smtp://user:pass@mail.example.cn:587` or `smtps://…:465`; unset = no e-mail |
 * | `SMTP_FROM` | `产教联盟平台 <no-reply@localhost>` | the From header |
 * | `NOTIFY_MAIL_RETRY_BASE_MS` | `30000` | first retry after a temporary SMTP failure; then ×4 each time, at most 1 h |
 * | `NOTIFY_MAIL_MAX_ATTEMPTS` | `8` | attempts before a mail is marked FAILED |
 * | `NOTIFY_MAIL_POLL_MS` | `5000` | how often the outbox is looked at when no new mail wakes it |
 */
import { ConfigError, config } from '../../infra/env.js';
import type { MailSettings } from './ops/send-mails.js';

export interface NotificationSettings {
  mail: MailSettings | null;
  /** Base of the console links in mails (PUBLIC_URL, else http://localhost:<PORT>). */
  publicUrl: string;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) problems.push(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return n;
}

export function notificationSettings(env: NodeJS.ProcessEnv = process.env): NotificationSettings {
  const problems: string[] = [];
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) problems.push(`SMTP_URL must be smtp://… or smtps://…, got "${smtpUrl.replace(/\/\/[^@/]*@/, '//***@')}"`);
  const retryBaseMs = int(env, 'NOTIFY_MAIL_RETRY_BASE_MS', 30_000, 1, problems);
  const maxAttempts = int(env, 'NOTIFY_MAIL_MAX_ATTEMPTS', 8, 1, problems);
  const pollMs = int(env, 'NOTIFY_MAIL_POLL_MS', 5_000, 10, problems);
  if (problems.length) throw new ConfigError(problems);
  const cfg = config();
  return {
    mail: smtpUrl ? { smtpUrl, from: env.SMTP_FROM?.trim() || '产教联盟平台 <no-reply@localhost>', retryBaseMs, maxAttempts, pollMs } : null,
    publicUrl: cfg.publicUrl ?? `http://localhost:${cfg.port}`,
  };
}
