import { useState } from 'react';
import { Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useCoopText } from './texts';

export const AgreementsDoc = graphql(`
  query CoopAgreements($organizationId: ID) {
    cooperationAgreements(organizationId: $organizationId, first: 100) {
      edges {
        node {
          id
          type
          title
          status
          revision
          startOn
          endOn
          parties { id name kind }
          confirmedBy { organization { id name } at }
          signedCopy { filename size }
        }
      }
    }
  }
`);
const OrgsDoc = graphql(`
  query CoopOrganizations {
    organizations(first: 100) { edges { node { id name kind } } }
  }
`);
const DraftDoc = graphql(`
  mutation CoopCreateDraft($input: CreateAgreementDraftInput!) {
    createAgreementDraft(input: $input) { id status }
  }
`);
const ConfirmDoc = graphql(`
  mutation CoopConfirm($agreementId: ID!, $revision: Int!) {
    confirmAgreement(agreementId: $agreementId, revision: $revision) { id status }
  }
`);
const UploadDoc = graphql(`
  mutation CoopUpload($agreementId: ID!, $filename: String!, $contentBase64: String!) {
    uploadAgreementSignedCopy(agreementId: $agreementId, filename: $filename, contentBase64: $contentBase64) { id signedCopy { filename size } }
  }
`);
const TYPES = ['ORDER_CLASS', 'APPRENTICESHIP', 'NEW_APPRENTICESHIP', 'INTERNSHIP_BASE', 'CO_BUILT_MAJOR', 'INDUSTRY_COLLEGE', 'TECHNICAL_SERVICE', 'OTHER'] as const;

const toBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).split(',')[1] ?? '');
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });

/** The organization's agreements: draft one, confirm (both parties), upload the signed copy. */
export function Agreements({ orgId }: { orgId: string }) {
  const { c, ce } = useCoopText();
  const q = useQuery(AgreementsDoc, { organizationId: orgId });
  const orgs = useQuery(OrgsDoc, {});
  const draft = useMutation(DraftDoc);
  const confirm = useMutation(ConfirmDoc);
  const upload = useMutation(UploadDoc);
  const [form] = Form.useForm();
  const [open, setOpen] = useState(false);
  return (
    <Section title={c('agreements')} extra={<Button onClick={() => setOpen(!open)}>{c('newAgreement')}</Button>}>
      {open && (
        <Form
          form={form}
          layout="inline"
          aria-label={c('newAgreement')}
          style={{ marginBottom: 12, rowGap: 8 }}
          onFinish={async (v: { counterpart: string; type: string; title: string; startOn: string; endOn: string }) => {
            const ok = await draft.run({ input: { counterpartOrganizationId: v.counterpart, type: v.type as (typeof TYPES)[number], title: v.title, startOn: v.startOn, endOn: v.endOn } });
            if (ok) {
              setOpen(false);
              form.resetFields();
              q.reload();
            }
          }}
        >
          <Form.Item name="counterpart" label={c('counterpart')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 240 }}
              aria-label={c('counterpart')}
              options={(orgs.data?.organizations.edges ?? []).filter((e) => e.node.id !== orgId && e.node.kind !== 'GOVERNMENT').map((e) => ({ value: e.node.id, label: e.node.name }))}
            />
          </Form.Item>
          <Form.Item name="type" label={c('type')} initialValue="INTERNSHIP_BASE" rules={[{ required: true }]}>
            <Select style={{ minWidth: 140 }} aria-label={c('type')} options={TYPES.map((t) => ({ value: t, label: ce(t) }))} />
          </Form.Item>
          <Form.Item name="title" label={c('title')} rules={[{ required: true }]}>
            <Input aria-label={c('title')} style={{ minWidth: 260 }} />
          </Form.Item>
          <Form.Item name="startOn" label={c('startOn')} rules={[{ required: true }]}>
            <Input type="date" aria-label={c('startOn')} />
          </Form.Item>
          <Form.Item name="endOn" label={c('endOn')} rules={[{ required: true }]}>
            <Input type="date" aria-label={c('endOn')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={draft.loading}>
            {c('create')}
          </Button>
          <ActionError error={draft.error} />
        </Form>
      )}
      <ActionError error={confirm.error ?? upload.error} />
      <Loadable q={q}>
        {(d) => (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: true }}
            dataSource={d.cooperationAgreements.edges.map((e) => e.node)}
            columns={[
              { title: c('title'), dataIndex: 'title' },
              { title: c('type'), dataIndex: 'type', render: (v: string) => ce(v) },
              { title: c('counterpart'), render: (_, a) => a.parties.filter((p) => p.id !== orgId).map((p) => p.name).join('、') },
              { title: c('term'), render: (_, a) => `${a.startOn ?? '—'} ~ ${a.endOn ?? '—'}` },
              { title: c('status'), dataIndex: 'status', render: (v: string) => <Tag color={v === 'IN_FORCE' ? 'green' : v === 'DRAFT' ? 'gold' : 'default'}>{ce(v)}</Tag> },
              { title: c('confirmations'), render: (_, a) => a.confirmedBy.map((x) => x.organization?.name).join('、') || '—' },
              {
                title: c('signedCopy'),
                render: (_, a) => (
                  <Space direction="vertical" size={2}>
                    {a.signedCopy ? <span>{a.signedCopy.filename}</span> : null}
                    <label>
                      <input
                        type="file"
                        accept="application/pdf,image/png,image/jpeg"
                        aria-label={`${c('upload')} ${a.title}`}
                        onChange={async (ev) => {
                          const f = ev.target.files?.[0];
                          if (!f) return;
                          if (await upload.run({ agreementId: a.id, filename: f.name, contentBase64: await toBase64(f) })) q.reload();
                        }}
                      />
                    </label>
                  </Space>
                ),
              },
              {
                title: '',
                render: (_, a) =>
                  a.status === 'DRAFT' && !a.confirmedBy.some((x) => x.organization?.id === orgId) ? (
                    <Button size="small" type="primary" loading={confirm.loading} onClick={async () => (await confirm.run({ agreementId: a.id, revision: a.revision })) && q.reload()}>
                      {c('confirmAgreement')}
                    </Button>
                  ) : a.confirmedBy.some((x) => x.organization?.id === orgId) ? (
                    <span>{c('confirmedByUs')}</span>
                  ) : null,
              },
            ]}
          />
        )}
      </Loadable>
    </Section>
  );
}
