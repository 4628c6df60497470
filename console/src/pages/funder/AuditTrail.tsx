import { useEffect, useState } from 'react';
import { Button, Select, Table } from 'antd';
import { graphql } from '../../gql';
import type { FunderAuditTrailQuery } from '../../gql/graphql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { formatDateTime, PLATFORM_TZ } from '../../format';
import { useI18n } from '../../i18n';
import type { Program } from './types';

const AuditDoc = graphql(`
  query FunderAuditTrail($programId: ID, $after: String) {
    grantAuditTrail(programId: $programId, first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id action at by note byOrganization { id name } program { id name } alliance { id name } organization { id name } } }
    }
  }
`);

type Entry = FunderAuditTrailQuery['grantAuditTrail']['edges'][number]['node'];

/** Every recorded grant decision (programs created, changed, closed; applications; bans and lifts), newest pages on demand. */
export function AuditTrail({ programs }: { programs: Program[] }) {
  const { t, e } = useI18n();
  const [programId, setProgramId] = useState<string | undefined>();
  const [after, setAfter] = useState<string | undefined>();
  const [rows, setRows] = useState<Entry[]>([]);
  const q = useQuery(AuditDoc, { programId: programId ?? null, after: after ?? null });
  useEffect(() => {
    if (!q.data) return;
    const page = q.data.grantAuditTrail.edges.map((x) => x.node);
    setRows((r) => (after ? [...r.filter((x) => !page.some((p) => p.id === x.id)), ...page] : page));
  }, [q.data, after]);
  return (
    <Section
      title={t('auditTrail')}
      extra={
        <Select
          aria-label={t('program')}
          allowClear
          placeholder={t('allPrograms')}
          value={programId}
          onChange={(v) => {
            setAfter(undefined);
            setProgramId(v);
          }}
          options={programs.map((p) => ({ value: p.id, label: p.name }))}
          style={{ minWidth: 240 }}
        />
      }
    >
      <Loadable q={q}>
        {(d) => (
          <>
            <Table<Entry>
              size="small"
              rowKey="id"
              dataSource={rows}
              pagination={false}
              scroll={{ x: 800 }}
              locale={{ emptyText: t('noAudit') }}
              columns={[
                { title: t('time'), render: (_, a) => formatDateTime(a.at, PLATFORM_TZ) },
                { title: t('auditAction'), render: (_, a) => e(a.action) },
                { title: t('concerns'), render: (_, a) => [a.program?.name, a.alliance?.name, a.organization?.name].filter(Boolean).join(' · ') || '—' },
                { title: t('by'), render: (_, a) => a.byOrganization?.name ?? a.by },
                { title: t('note'), render: (_, a) => a.note ?? '—' },
              ]}
            />
            {d.grantAuditTrail.pageInfo.hasNextPage && (
              <Button style={{ marginTop: 8 }} loading={q.loading} onClick={() => setAfter(d.grantAuditTrail.pageInfo.endCursor ?? undefined)}>
                {t('loadMore')}
              </Button>
            )}
          </>
        )}
      </Loadable>
    </Section>
  );
}
