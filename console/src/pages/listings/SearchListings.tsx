import { useState } from 'react';
import { App, Button, Card, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { graphql } from '../../gql';
import type { ListingKind, ListingSort } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { LISTING_KINDS, useTexts } from './texts';

const SearchDoc = graphql(`
  query SearchListings($filter: ListingFilterInput, $sort: ListingSort, $first: Int) {
    searchListings(filter: $filter, sort: $sort, first: $first) {
      total
      terms
      hits {
        score
        listing { id kind title description organizationName regionName validTo headcount periodFrom periodTo place payMin { amount } payMax { amount } majors { code name } industries { code name } }
      }
      facets {
        kind { value label count }
        region { value label count }
        industry { value label count }
        major { value label count }
      }
    }
  }
`);

const ExpressDoc = graphql(`
  mutation ExpressInterest($listingId: ID!, $organizationId: ID!, $message: String!) {
    expressInterest(listingId: $listingId, organizationId: $organizationId, message: $message) { id status }
  }
`);

interface Filter {
  query?: string;
  kinds?: ListingKind[];
  regionCode?: string;
  industry?: string;
  major?: string;
}

/** Search in Chinese with facets (click a count to filter by it); each hit can be answered with an expression of interest. */
export function SearchListings({ orgId }: { orgId: string }) {
  const { t, e } = useTexts();
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<Filter>({});
  const [sort, setSort] = useState<ListingSort>('RELEVANCE');
  const q = useQuery(SearchDoc, { filter, sort, first: 20 });
  const facet = (name: keyof Filter, value: string) => setFilter((f) => ({ ...f, [name]: name === 'kinds' ? [value as ListingKind] : value }));
  return (
    <Section title={t('search')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('query')}
          placeholder={t('queryPlaceholder')}
          value={text}
          onChange={(ev) => setText(ev.target.value)}
          onSearch={(v) => setFilter((f) => ({ ...f, query: v || undefined }))}
          enterButton={t('doSearch')}
          style={{ width: 360 }}
        />
        <Select aria-label={t('kindLabel')} placeholder={t('kindLabel')} allowClear style={{ width: 160 }} value={filter.kinds?.[0]} onChange={(v?: ListingKind) => setFilter((f) => ({ ...f, kinds: v ? [v] : undefined }))} options={LISTING_KINDS.map((k) => ({ value: k, label: e(k) }))} />
        <Select aria-label={t('sort')} style={{ width: 120 }} value={sort} onChange={setSort} options={[{ value: 'RELEVANCE', label: t('relevance') }, { value: 'DATE', label: t('newest') }]} />
        <Button onClick={() => (setFilter({}), setText(''))}>{t('clear')}</Button>
      </Space>
      <Loadable q={q}>
        {(d) => (
          <div className="listing-search" style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
            <aside aria-label="facets" style={{ width: 220, flex: 'none' }}>
              {(
                [
                  ['facetKind', 'kinds', d.searchListings.facets.kind],
                  ['facetRegion', 'regionCode', d.searchListings.facets.region],
                  ['facetIndustry', 'industry', d.searchListings.facets.industry],
                  ['facetMajor', 'major', d.searchListings.facets.major],
                ] as const
              ).map(([label, name, counts]) => (
                <div key={name} style={{ marginBottom: 12 }}>
                  <Typography.Text strong>{t(label)}</Typography.Text>
                  <div>
                    {counts.slice(0, 8).map((c) => (
                      <Tag key={c.value} className="facet" style={{ cursor: 'pointer', marginTop: 4 }} onClick={() => facet(name, c.value)}>
                        {c.label} ({c.count})
                      </Tag>
                    ))}
                  </div>
                </div>
              ))}
            </aside>
            <div style={{ flex: 1 }}>
              <Typography.Paragraph>
                <span className="result-count">{t('results', { n: d.searchListings.total })}</span>
                {d.searchListings.terms.length > 0 && <Typography.Text type="secondary"> · {t('terms', { terms: d.searchListings.terms.join(' / ') })}</Typography.Text>}
              </Typography.Paragraph>
              {d.searchListings.hits.map(({ listing: l }) => (
                <Card key={l.id} size="small" className="listing-hit" title={l.title} extra={<Tag color="blue">{e(l.kind)}</Tag>} style={{ marginBottom: 8 }}>
                  <Typography.Paragraph ellipsis={{ rows: 2 }}>{l.description}</Typography.Paragraph>
                  <Space wrap size="small">
                    <span>{l.organizationName}</span>
                    <span>{l.regionName}</span>
                    {l.majors.map((m) => <Tag key={m.name}>{m.name}</Tag>)}
                    {l.industries.map((i) => <Tag key={i.code}>{i.name}</Tag>)}
                    {l.headcount && <span>{t('headcount')}: {l.headcount}</span>}
                    {l.payMin && <span>{t('pay')}: {l.payMin.amount}–{l.payMax?.amount}</span>}
                    <span>{t('validTo')}: {l.validTo}</span>
                  </Space>
                  <div style={{ marginTop: 8 }}>
                    <InterestButton listingId={l.id} title={l.title} orgId={orgId} />
                  </div>
                </Card>
              ))}
            </div>
          </div>
        )}
      </Loadable>
    </Section>
  );
}

function InterestButton({ listingId, title, orgId }: { listingId: string; title: string; orgId: string }) {
  const { t } = useTexts();
  const { message } = App.useApp();
  const m = useMutation(ExpressDoc);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  if (sent) return <Tag color="green">{t('interestSent')}</Tag>;
  return (
    <>
      <Button size="small" type="primary" aria-label={`${t('expressInterest')}: ${title}`} onClick={() => setOpen(true)}>
        {t('expressInterest')}
      </Button>
      <Modal
        open={open}
        title={`${t('expressInterest')}: ${title}`}
        okButtonProps={{ disabled: text.trim().length < 2, loading: m.loading }}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          if (await m.run({ listingId, organizationId: orgId, message: text })) {
            setOpen(false);
            setSent(true);
            message.success(t('interestSent'));
          }
        }}
      >
        <Input.TextArea aria-label={t('interestMessage')} rows={3} value={text} onChange={(ev) => setText(ev.target.value)} maxLength={2000} />
        <ActionError error={m.error} />
      </Modal>
    </>
  );
}
