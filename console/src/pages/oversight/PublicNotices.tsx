import { Table } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';

const PublicDoc = graphql(`
  query PublicOversight {
    publicNotices { declarationId organizationName industry regionCode noticeFrom noticeUntil programName }
    certifiedEnterprises { declarationId organizationName industry regionCode validFrom validUntil }
    publicRankings { runId systemName year rows { rank allianceName total } }
  }
`);

/** /public: what the seeds say is published (公示, the certified catalogue, published rankings). No sign-in. */
export default function PublicNotices() {
  const { t } = useI18n();
  const q = useQuery(PublicDoc, {});
  return (
    <main id="content" style={{ maxWidth: 1100, margin: '0 auto', padding: 16 }}>
      <h1>{t('publicPage')}</h1>
      <Loadable q={q}>
        {(d) => (
          <>
            <Section title={t('publicNotices')}>
              <Table size="small" rowKey="declarationId" pagination={false} dataSource={d.publicNotices} columns={[{ title: t('enterpriseName'), dataIndex: 'organizationName' }, { title: t('industry'), dataIndex: 'industry' }, { title: t('programName'), dataIndex: 'programName' }, { title: t('notice'), render: (_, n) => t('noticePeriod', { from: n.noticeFrom, until: n.noticeUntil }) }]} />
            </Section>
            <Section title={t('certifiedList')}>
              <Table size="small" rowKey="declarationId" pagination={false} dataSource={d.certifiedEnterprises} columns={[{ title: t('enterpriseName'), dataIndex: 'organizationName' }, { title: t('industry'), dataIndex: 'industry' }, { title: t('region'), dataIndex: 'regionCode' }, { title: t('validity', { from: '', until: '' }), render: (_, c) => `${c.validFrom} – ${c.validUntil}` }]} />
            </Section>
            {d.publicRankings.map((r) => (
              <Section key={r.runId} title={`${t('publicRankings')} · ${r.systemName} · ${r.year}`}>
                <Table size="small" rowKey="rank" pagination={false} dataSource={r.rows} columns={[{ title: t('rank'), dataIndex: 'rank' }, { title: t('allianceCol'), dataIndex: 'allianceName' }, { title: t('score'), dataIndex: 'total' }]} />
              </Section>
            ))}
          </>
        )}
      </Loadable>
    </main>
  );
}
