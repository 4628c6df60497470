import { Alert } from 'antd';
import type { ApiError } from '../api';

/** The API's message for a rejected action, shown right next to the action it concerns. */
export function ActionError({ error, id }: { error?: ApiError; id?: string }) {
  if (!error) return null;
  return (
    <Alert
      id={id}
      className="action-error"
      data-code={error.code}
      type="error"
      role="alert"
      showIcon
      message={error.message}
      style={{ marginTop: 8 }}
    />
  );
}
