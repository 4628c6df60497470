import { useState } from 'react';
import { App, Button, List, Space, Table, Tag, Typography } from 'antd';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useTexts } from './texts';

const MineDoc = graphql(`
  query MyListings {
    myListings(first: 100) {
      edges { node { id kind title status validTo publishedAt } }
    }
  }
`);

const RecommendDoc = graphql(`
  query ListingRecommendations($listingId: ID!, $lang: String) {
    listingRecommendations(listingId: $listingId, first: 10) {
      listings {
        score
        listing { id title organizationName regionName kind }
        reasons { code points text(lang: $lang) }
      }
    }
  }
`);

const InterestsDoc = graphql(`
  query ListingInterests($listingId: ID) {
    listingInterests(listingId: $listingId, first: 100) {
      edges { node { id organizationName message status conversion { kind id } createdAt } }
    }
  }
`);

const DecideDoc = graphql(`
  mutation DecideInterest($interestId: ID!, $accept: Boolean!) {
    decideInterest(interestId: $interestId, accept: $accept) { id status }
  }
`);

const ConvertDoc = graphql(`
  mutation ConvertMatch($input: ConvertMatchInput!) {
    convertMatch(input: $input) { id conversion { kind id } }
  }
`);

/** The organization's listings; for the one selected, its recommendations with reasons and the interests it received. */
export function MyListings() {
  const { t, e } = useTexts();
  const q = useQuery(MineDoc, {});
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Section title={t('mine')}>
      <Loadable q={q}>
        {(d) => (
          <Table
            size="small"
            rowKey={(r) => r.node.id}
            dataSource={d.myListings.edges}
            pagination={false}
            locale={{ emptyText: t('noListings') }}
            rowSelection={{ type: 'radio', selectedRowKeys: selected ? [selected] : [], onChange: (keys) => setSelected(String(keys[0])) }}
            onRow={(r) => ({ onClick: () => setSelected(r.node.id) })}
            columns={[
              { title: t('title'), render: (_, r) => r.node.title },
              { title: t('kindLabel'), render: (_, r) => e(r.node.kind) },
              { title: t('status'), render: (_, r) => <Tag color={r.node.status === 'OPEN' ? 'green' : r.node.status === 'MATCHED' ? 'blue' : 'default'}>{e(r.node.status)}</Tag> },
              { title: t('validTo'), render: (_, r) => r.node.validTo },
            ]}
          />
        )}
      </Loadable>
      {selected && <Recommendations listingId={selected} />}
      {selected && <Interests listingId={selected} onChange={q.reload} />}
    </Section>
  );
}

function Recommendations({ listingId }: { listingId: string }) {
  const { t, e, lang } = useTexts();
  const q = useQuery(RecommendDoc, { listingId, lang: lang === 'en' ? 'en' : 'zh-CN' });
  return (
    <section aria-label={t('recommendations')} style={{ marginTop: 16 }}>
      <Typography.Title level={4}>{t('recommendations')}</Typography.Title>
      <Loadable q={q}>
        {(d) => (
          <List
            className="recommendations"
            locale={{ emptyText: t('noRecommendations') }}
            dataSource={d.listingRecommendations.listings}
            renderItem={(r) => (
              <List.Item className="recommendation" extra={<Tag color="gold">{t('score')} {r.score}</Tag>}>
                <List.Item.Meta
                  title={`${r.listing.title}（${r.listing.organizationName}，${r.listing.regionName}，${e(r.listing.kind)}）`}
                  description={
                    <Space wrap size="small">
                      {r.reasons.map((x) => (
                        <Tag key={x.code} className="reason">
                          {x.text} +{x.points}
                        </Tag>
                      ))}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Loadable>
    </section>
  );
}

function Interests({ listingId, onChange }: { listingId: string; onChange: () => void }) {
  const { t, e } = useTexts();
  const { message } = App.useApp();
  const q = useQuery(InterestsDoc, { listingId });
  const decide = useMutation(DecideDoc);
  const convert = useMutation(ConvertDoc);
  return (
    <section aria-label={t('interests')} style={{ marginTop: 16 }}>
      <Typography.Title level={4}>{t('interests')}</Typography.Title>
      <Loadable q={q}>
        {(d) => (
          <List
            className="interests"
            locale={{ emptyText: t('noInterests') }}
            dataSource={d.listingInterests.edges.map((x) => x.node)}
            renderItem={(i) => (
              <List.Item
                className="interest"
                actions={
                  i.status === 'PENDING'
                    ? [
                        <Button key="a" type="primary" size="small" aria-label={`${t('accept')}: ${i.organizationName}`} onClick={async () => (await decide.run({ interestId: i.id, accept: true })) && (message.success(t('accepted')), q.reload(), onChange())}>
                          {t('accept')}
                        </Button>,
                        <Button key="d" size="small" aria-label={`${t('decline')}: ${i.organizationName}`} onClick={async () => (await decide.run({ interestId: i.id, accept: false })) && (q.reload(), onChange())}>
                          {t('decline')}
                        </Button>,
                      ]
                    : i.status === 'ACCEPTED' && !i.conversion
                      ? [
                          <Button key="c" type="primary" size="small" onClick={async () => (await convert.run({ input: { interestId: i.id, kind: 'AGREEMENT' } })) && q.reload()}>
                            {t('toAgreement')}
                          </Button>,
                        ]
                      : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space>
                      {i.organizationName}
                      <Tag>{e(i.status)}</Tag>
                      {i.conversion && <Tag color="blue" className="conversion">{t('converted', { kind: e(i.conversion.kind), id: i.conversion.id })}</Tag>}
                    </Space>
                  }
                  description={i.message}
                />
              </List.Item>
            )}
          />
        )}
      </Loadable>
      <ActionError error={decide.error ?? convert.error} />
    </section>
  );
}
