/**
 * The mail outbox's sender: mails due now are sent through SMTP (nodemailer), retried with backoff on a temporary
 * failure (4xx reply, connection refused) and given up after `maxAttempts` or on a permanent one (5xx).
 *
 * Never twice: each attempt is claimed first under `mail:<id>:attempt:<n>` (a unique insert, infra/claims.ts), so of
 * two replicas — or a node and its restarted self — exactly one sends attempt n. The state (attempts, next attempt,
 * last error) is in the mail document, so a restarted node resumes the schedule. The one window left is a crash after
 * the SMTP server accepted a mail and before it was marked SENT: the claim goes stale and the attempt is retried; the
 * Message-ID is the mail's idempotency key (`<id@cej-notifications>`), the same on every attempt, so receiving
 * systems that de-duplicate by Message-ID show it once.
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import nodemailer, { type Transporter } from 'nodemailer';
import { claim } from '../../../infra/claims.js';
import type { MailQueueState } from '../notifications.contract.js';
import { dueMailsFilter, type MailDoc, type NotificationModels } from '../notifications.model.js';
import { retryableMailError, retryDelayMs } from '../notifications.rules.js';

export interface MailSettings {
  smtpUrl: string;
  from: string;
  /** First retry after this many ms; each further one ×4, at most an hour. */
  retryBaseMs: number;
  maxAttempts: number;
  /** How often the outbox is looked at when nothing wakes it (ms). */
  pollMs: number;
}

type LoggerLike = Pick<Logger, 'info' | 'warn' | 'error'>;

export class MailSender {
  private transport: Transporter;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly models: NotificationModels,
    private readonly settings: MailSettings,
    private readonly logger: LoggerLike,
  ) {
    this.transport = nodemailer.createTransport(settings.smtpUrl);
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport.close();
  }

  /** Looks at the outbox now (after new mails were enqueued); coalesces calls made while a pass runs. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.running = this.pass()
      .catch((err) => this.logger.warn({ err }, 'mail outbox pass failed'))
      .finally(() => {
        this.running = null;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.wake();
        } else this.schedule();
      });
  }

  /** The next pass: at the earliest due mail, at most `pollMs` from now. */
  private schedule(): void {
    void this.models.Mail.findOne({ status: 'PENDING' }, { nextAttemptAt: 1 })
      .sort({ nextAttemptAt: 1 })
      .lean<Pick<MailDoc, 'nextAttemptAt'>>()
      .then((next) => {
        if (this.stopped) return;
        const wait = next ? Math.max(10, Math.min(this.settings.pollMs, new Date(next.nextAttemptAt).getTime() - Date.now())) : this.settings.pollMs;
        this.timer = setTimeout(() => this.wake(), wait);
        this.timer.unref?.();
      })
      .catch(() => {
        if (!this.stopped) this.timer = setTimeout(() => this.wake(), this.settings.pollMs);
      });
  }

  /** Sends every mail due now, one attempt each. */
  private async pass(): Promise<void> {
    const due = await this.models.Mail.find(dueMailsFilter(new Date())).sort({ nextAttemptAt: 1 }).limit(100).lean<MailDoc[]>();
    for (const m of due) {
      if (this.stopped) return;
      await this.attempt(m);
    }
  }

  private async attempt(m: MailDoc): Promise<void> {
    const n = m.attempts + 1;
    const stillPending = async () => (await this.models.Mail.countDocuments({ _id: m._id, status: 'PENDING', attempts: m.attempts })) === 1;
    if (!(await claim(this.models.Claim, `mail:${m._id}:attempt:${n}`, { stillPending, staleMs: 120_000 }))) return;
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: `<${createHash('sha256').update(m._id).digest('hex').slice(0, 40)}@cej-notifications>`,
      });
      await this.models.Mail.updateOne({ _id: m._id, attempts: m.attempts }, { $set: { status: 'SENT', attempts: n, sentAt: new Date(), lastError: null } });
      this.logger.info({ mail: m._id, attempt: n }, 'mail sent');
    } catch (err) {
      const e = err as { message?: string; responseCode?: number; code?: string };
      const give = !retryableMailError(e) || n >= this.settings.maxAttempts;
      const lastError = `${e.responseCode ?? e.code ?? ''} ${e.message ?? String(err)}`.trim().slice(0, 500);
      await this.models.Mail.updateOne(
        { _id: m._id, attempts: m.attempts },
        { $set: { status: give ? 'FAILED' : 'PENDING', attempts: n, lastError, nextAttemptAt: new Date(Date.now() + retryDelayMs(n, this.settings.retryBaseMs)) } },
      );
      this.logger.warn({ mail: m._id, attempt: n, lastError, givenUp: give }, 'mail not sent');
    }
  }
}

/** What the outbox holds (operations, tests). */
export async function mailQueue(models: NotificationModels): Promise<MailQueueState> {
  const [pending, sent, failed, recent] = await Promise.all([
    models.Mail.countDocuments({ status: 'PENDING' }),
    models.Mail.countDocuments({ status: 'SENT' }),
    models.Mail.countDocuments({ status: 'FAILED' }),
    models.Mail.find({}, { to: 1, status: 1, attempts: 1, lastError: 1 }).sort({ createdAt: -1 }).limit(50).lean<MailDoc[]>(),
  ]);
  return { pending, sent, failed, recent: recent.map((m) => ({ id: m._id, to: m.to, status: m.status, attempts: m.attempts, lastError: m.lastError })) };
}
