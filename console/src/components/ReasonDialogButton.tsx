import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Input, Modal } from 'antd';
import { useMutation, type ApiError, type Doc } from '../api';
import { useI18n } from '../i18n';
import { ActionError } from './ActionError';

export interface ReasonDialogButtonProps<R, V> {
  /** The action's name: the button's text; "<action>: <subject>" is the button's accessible name and the dialog's title. */
  action: string;
  /** What the action concerns (an organization, a booking, an application), for screen readers and the title. */
  subject: string;
  /** The label of the reason field (reason, note, reason for lifting); omitted when the API takes none (a pure confirmation). */
  reasonLabel?: string;
  /** The mutation the dialog runs, and its variables given the reason typed (as typed: the API trims and checks it). */
  doc: Doc<R, V>;
  variables: (reason: string) => V;
  /** Called after the mutation succeeded and the dialog closed (typically the list's reload). */
  onDone: () => void;
  /** Shown as a toast after success; none when omitted. */
  success?: string;
  /** A red button (cancel, reject); `confirmDanger` makes the dialog's confirm button red as well. */
  danger?: boolean;
  confirmDanger?: boolean;
  /** A text area instead of a one-line input (a decision note). */
  multiline?: boolean;
  /** Longest reason accepted by the input; 500 characters unless said. */
  maxLength?: number;
  /** Further inputs shown before the reason (e.g. an effective date); given the dialog's error to mark its field. */
  fields?: (error: ApiError | undefined) => ReactNode;
  /** What will happen when confirmed, said before the reason is asked (consequential actions: an award, a ban, a submission). */
  consequence?: ReactNode;
  /** The opening button's look: 'primary' for the positive step (approve, submit); small default otherwise. */
  buttonType?: 'primary' | 'default';
  /** The opening button's size; small unless said. */
  buttonSize?: 'small' | 'middle';
  /** The confirm button's text; "确认" unless said. */
  okText?: string;
  /** The reason may be left empty (an optional decision note); the dialog still asks for confirmation. */
  reasonOptional?: boolean;
  /** Refuses locally before the mutation runs (an input out of range): the message shown instead of calling the API. */
  validate?: () => string | null;
  disabled?: boolean;
}

/**
 * A small button that opens a dialog asking for a required reason, then runs one mutation with it: confirm stays
 * disabled until a reason is typed; a rejection shows the API's message inside the dialog (the field it names is
 * marked) and keeps the dialog open; success closes it and calls `onDone`. Dismissing keeps what was typed.
 * With `consequence`, the dialog first says what will happen (the funder's award, a ban, a grant submission).
 * Used for cancelling a booking, rejecting or ending a membership, rejecting a grant application and lifting a
 * disqualification.
 */
export function ReasonDialogButton<R, V>(props: ReasonDialogButtonProps<R, V>) {
  const { action, subject, reasonLabel, doc, variables, onDone, success, danger, confirmDanger, multiline, maxLength = 500, fields, consequence, buttonType, buttonSize = 'small', okText, reasonOptional, validate, disabled } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const mutation = useMutation(doc);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const title = `${action}: ${subject}`;
  const error = mutation.error;
  const reasonStatus = error?.field === 'reason' ? 'error' : undefined;
  return (
    <>
      <Button size={buttonSize} type={buttonType} danger={danger} disabled={disabled} onClick={() => setOpen(true)} aria-label={title}>
        {action}
      </Button>
      <Modal
        open={open}
        title={title}
        okText={okText ?? t('confirm')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: confirmDanger, disabled: !!reasonLabel && !reasonOptional && !reason.trim(), loading: mutation.loading }}
        onCancel={() => {
          setOpen(false);
          setLocal(null);
          mutation.reset();
        }}
        onOk={async () => {
          const refused = validate?.() ?? null;
          setLocal(refused);
          if (refused) return;
          if (await mutation.run(variables(reason))) {
            if (success) message.success(success);
            setOpen(false);
            onDone();
          }
        }}
      >
        {consequence && <Alert type="warning" showIcon message={consequence} style={{ marginBottom: 12 }} data-testid="consequence" />}
        <div className="inline-form">
          {fields?.(error)}
          {reasonLabel && (<label style={{ flex: 1, minWidth: 220 }}>
            {reasonLabel}
            {multiline ? (
              <Input.TextArea value={reason} onChange={(ev) => setReason(ev.target.value)} rows={3} maxLength={maxLength} status={reasonStatus} />
            ) : (
              <Input value={reason} onChange={(ev) => setReason(ev.target.value)} maxLength={maxLength} status={reasonStatus} />
            )}
          </label>)}
        </div>
        {local && <Alert type="error" role="alert" showIcon message={local} style={{ marginTop: 8 }} />}
        <ActionError error={error} />
      </Modal>
    </>
  );
}
