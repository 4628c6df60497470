import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n';

export interface DateInputProps {
  /** 'YYYY-MM-DD' or '' (none). */
  value: string;
  onChange: (value: string) => void;
  name?: string;
  'aria-label'?: string;
  status?: 'error' | 'warning';
  /** Without it the date may be cleared (onChange('')). */
  required?: boolean;
  style?: React.CSSProperties;
}

/**
 * A date as 'YYYY-MM-DD' through Ant Design's DatePicker, so the calendar, month and weekday names follow the
 * console's language (ConfigProvider locale + dayjs locale) rather than the browser's, as a native date input would.
 * Earliest/latest dates are not enforced here: a date the API refuses is refused with its message, never altered.
 */
export function DateInput({ value, onChange, name, status, required, style, ...rest }: DateInputProps) {
  const { lang } = useI18n();
  return (
    <DatePicker
      value={value ? dayjs(value, 'YYYY-MM-DD') : null}
      format="YYYY-MM-DD"
      placeholder={lang === 'en' ? 'YYYY-MM-DD' : '年-月-日'}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : '')}
      allowClear={!required}
      name={name}
      status={status}
      aria-label={rest['aria-label']}
      style={{ width: 150, ...style }}
    />
  );
}
