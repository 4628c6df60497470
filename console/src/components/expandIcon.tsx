import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n';

/**
 * A table row's expand button with an accessible name ("展开详情: <row>" / "Show details: <row>") and its state
 * (aria-expanded): antd's own icon button has no name (axe button-name, critical).
 */
export function expandIcon<R>(t: (k: MessageKey) => string, nameOf: (record: R) => string) {
  return function ExpandIcon({ expanded, onExpand, record }: { expanded: boolean; onExpand: (record: R, e: React.MouseEvent<HTMLElement>) => void; record: R }): ReactNode {
    return (
      <button
        type="button"
        className={`ant-table-row-expand-icon ${expanded ? 'ant-table-row-expand-icon-expanded' : 'ant-table-row-expand-icon-collapsed'}`}
        aria-label={`${t(expanded ? 'hideDetails' : 'showDetails')}: ${nameOf(record)}`}
        aria-expanded={expanded}
        onClick={(e) => onExpand(record, e)}
      />
    );
  };
}
