import { useState } from 'react';
import { Button, Form, Input, Select, Space, Table } from 'antd';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { formatMoney, todayIn } from '../../format';
import { AgreementsDoc } from './Agreements';
import { useCoopText } from './texts';

const PlacementsDoc = graphql(`
  query CoopPlacements($organizationId: ID) {
    internshipPlacements(organizationId: $organizationId, first: 100) {
      edges {
        node {
          id
          startOn
          endOn
          headcount
          school { id name }
          host { id name }
          monthlyPay { amount currency }
          insurance { insurer policyNumber coverFrom coverTo premiumPaidBy }
          mentor { name title }
          students { studentNumber name }
          attendance { month attendedCount }
        }
      }
    }
  }
`);
const PlaceDoc = graphql(`
  mutation CoopPlace($input: CreatePlacementInput!) {
    createInternshipPlacement(input: $input) { id headcount }
  }
`);
const AttendDoc = graphql(`
  mutation CoopAttend($placementId: ID!, $month: String!) {
    confirmInternshipAttendance(placementId: $placementId, month: $month) { id month attendedCount }
  }
`);

interface PlaceForm {
  agreementId: string;
  startOn: string;
  endOn: string;
  students: string;
  monthlyPay: string;
  insurer: string;
  policyNumber: string;
  coverFrom: string;
  coverTo: string;
  premiumPaidBy: 'SCHOOL' | 'HOST';
  mentor: string;
}

/** Internship placements: a school places insured students under an in-force agreement; the host confirms attendance monthly. */
export function Placements({ orgId, isSchool }: { orgId: string; isSchool: boolean }) {
  const { c, ce } = useCoopText();
  const q = useQuery(PlacementsDoc, { organizationId: orgId });
  const agreements = useQuery(AgreementsDoc, { organizationId: orgId }, { skip: !isSchool });
  const place = useMutation(PlaceDoc);
  const attend = useMutation(AttendDoc);
  const [month, setMonth] = useState(todayIn().slice(0, 7));
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PlaceForm>();
  const inForce = (agreements.data?.cooperationAgreements.edges ?? []).map((e) => e.node).filter((a) => a.status === 'IN_FORCE' || a.status === 'SIGNED');
  return (
    <Section title={c('placements')} extra={isSchool ? <Button onClick={() => setOpen(!open)}>{c('newPlacement')}</Button> : undefined}>
      {open && (
        <Form
          form={form}
          layout="vertical"
          aria-label={c('newPlacement')}
          style={{ maxWidth: 720, marginBottom: 16 }}
          initialValues={{ premiumPaidBy: 'SCHOOL', monthlyPay: '3000.00' }}
          onFinish={async (v) => {
            const agreement = inForce.find((a) => a.id === v.agreementId)!;
            const host = agreement.parties.find((p) => p.id !== orgId)!;
            const students = v.students
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
              .map((l) => {
                const [studentNumber, name, major, year] = l.split(/[,，]/).map((x) => x.trim());
                return { studentNumber, name, major, year: Number(year) || 1 };
              });
            const ok = await place.run({
              input: {
                agreementId: v.agreementId,
                hostOrganizationId: host.id,
                startOn: v.startOn,
                endOn: v.endOn,
                students,
                monthlyPay: { amount: v.monthlyPay, currency: 'CNY' },
                insurance: { insurer: v.insurer, policyNumber: v.policyNumber, coverFrom: v.coverFrom, coverTo: v.coverTo, premiumPaidBy: v.premiumPaidBy, deductedFromPay: false },
                mentor: { name: v.mentor },
              },
            });
            if (ok) {
              setOpen(false);
              form.resetFields();
              q.reload();
            }
          }}
        >
          <Form.Item name="agreementId" label={c('agreement')} rules={[{ required: true }]}>
            <Select aria-label={c('agreement')} options={inForce.map((a) => ({ value: a.id, label: a.title }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="startOn" label={c('startOn')} rules={[{ required: true }]}>
              <Input type="date" aria-label={c('startOn')} />
            </Form.Item>
            <Form.Item name="endOn" label={c('endOn')} rules={[{ required: true }]}>
              <Input type="date" aria-label={c('endOn')} />
            </Form.Item>
            <Form.Item name="monthlyPay" label={c('monthlyPay')} rules={[{ required: true }]}>
              <Input aria-label={c('monthlyPay')} />
            </Form.Item>
          </Space>
          <Form.Item name="students" label={c('students')} rules={[{ required: true }]}>
            <Input.TextArea rows={6} aria-label={c('students')} placeholder="2024001,韦志强,汽车制造与试验技术,2" />
          </Form.Item>
          <fieldset>
            <legend>{c('insurance')}</legend>
            <Space wrap>
              <Form.Item name="insurer" label={c('insurer')} rules={[{ required: true }]}>
                <Input aria-label={c('insurer')} />
              </Form.Item>
              <Form.Item name="policyNumber" label={c('policyNumber')} rules={[{ required: true }]}>
                <Input aria-label={c('policyNumber')} />
              </Form.Item>
              <Form.Item name="coverFrom" label={c('coverFrom')} rules={[{ required: true }]}>
                <Input type="date" aria-label={c('coverFrom')} />
              </Form.Item>
              <Form.Item name="coverTo" label={c('coverTo')} rules={[{ required: true }]}>
                <Input type="date" aria-label={c('coverTo')} />
              </Form.Item>
              <Form.Item name="premiumPaidBy" label={c('premiumPaidBy')}>
                <Select aria-label={c('premiumPaidBy')} style={{ minWidth: 120 }} options={['SCHOOL', 'HOST'].map((v) => ({ value: v, label: ce(v) }))} />
              </Form.Item>
            </Space>
          </fieldset>
          <Form.Item name="mentor" label={c('mentor')} rules={[{ required: true }]}>
            <Input aria-label={c('mentor')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={place.loading}>
            {c('create')}
          </Button>
          <ActionError error={place.error} />
        </Form>
      )}
      {!isSchool && (
        <Space style={{ marginBottom: 8 }}>
          <label>
            {c('month')} <Input aria-label={c('month')} value={month} onChange={(e) => setMonth(e.target.value)} style={{ width: 120 }} />
          </label>
        </Space>
      )}
      <ActionError error={attend.error} />
      <Loadable q={q}>
        {(d) => (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: true }}
            dataSource={d.internshipPlacements.edges.map((e) => e.node)}
            columns={[
              { title: c('school'), render: (_, p) => p.school?.name },
              { title: c('host'), render: (_, p) => p.host?.name },
              { title: c('period'), render: (_, p) => `${p.startOn} ~ ${p.endOn}` },
              { title: c('headcount'), dataIndex: 'headcount' },
              { title: c('studentList'), render: (_, p) => p.students.slice(0, 3).map((s) => `${s.name}(${s.studentNumber})`).join('、') + (p.students.length > 3 ? '…' : '') },
              { title: c('monthlyPay'), render: (_, p) => formatMoney(p.monthlyPay) },
              { title: c('insurance'), render: (_, p) => `${p.insurance.insurer} ${p.insurance.policyNumber}（${p.insurance.coverFrom} ~ ${p.insurance.coverTo}，${ce(p.insurance.premiumPaidBy)}）` },
              { title: c('mentor'), render: (_, p) => p.mentor.name },
              { title: c('confirmedMonths'), render: (_, p) => p.attendance.length },
              ...(isSchool
                ? []
                : [
                    {
                      title: c('attendance'),
                      render: (_: unknown, p: { id: string; attendance: { month: string }[] }) =>
                        p.attendance.some((a) => a.month === month) ? (
                          <span>{c('done')}</span>
                        ) : (
                          <Button size="small" type="primary" loading={attend.loading} onClick={async () => (await attend.run({ placementId: p.id, month })) && q.reload()}>
                            {c('confirmMonth')}
                          </Button>
                        ),
                    },
                  ]),
            ]}
          />
        )}
      </Loadable>
    </Section>
  );
}
