import { lazy, type ComponentType } from 'react';
import type { MessageKey } from './i18n';
import type { Viewer } from './types';

/** A console section: its path segment, its navigation label, who sees it, and its lazily loaded page. */
export interface RouteDef {
  key: 'admin' | 'lead' | 'member' | 'join' | 'funder' | 'oversight' | 'enterprise' | 'reviews';
  label: MessageKey;
  /** What the signed-in identity is shown; the API still decides what it may do. */
  visible: (me: Viewer) => boolean;
  page: ComponentType<{ me: Viewer }>;
}

const ms = (me: Viewer) => me.organization?.memberships ?? [];
const isAdmin = (me: Viewer) => me.roles.includes('ORG_ADMIN');

/**
 * The route table. One chunk per section (React.lazy): a funder never downloads the calendar, a member never the
 * funder's tables, and the sign-in screen loads none of them.
 */
export const ROUTES: RouteDef[] = [
  {
    key: 'admin',
    label: 'roleAdmin',
    visible: (me) => me.roles.includes('PLATFORM_ADMIN'),
    page: lazy(() => import('./pages/admin/AdminConsole')),
  },
  {
    key: 'lead',
    label: 'roleLead',
    visible: (me) => isAdmin(me) && ms(me).some((m) => m.role === 'LEAD' && m.status === 'ACTIVE'),
    page: lazy(() => import('./pages/lead/LeadConsole')),
  },
  {
    key: 'member',
    label: 'roleMember',
    visible: (me) => !!me.organization && me.organization.kind !== 'GOVERNMENT' && ms(me).some((m) => m.status === 'ACTIVE'),
    page: lazy(() => import('./pages/member/MemberConsole')),
  },
  {
    // Any organization's admin: invitations to accept, alliances to apply to, an alliance to found.
    key: 'join',
    label: 'roleJoin',
    visible: (me) => isAdmin(me) && !!me.organization && me.organization.kind !== 'GOVERNMENT',
    page: lazy(() => import('./pages/join/JoinConsole')),
  },
  {
    key: 'funder',
    label: 'roleFunder',
    visible: (me) => me.roles.includes('FUNDER') && !!me.organization,
    page: lazy(() => import('./pages/funder/FunderConsole')),
  },
  {
    // 产教融合监管: declarations of 产教融合型企业, yearly evaluation, pilot cities (issue 17).
    key: 'oversight',
    label: 'roleOversight',
    visible: (me) => me.roles.includes('FUNDER') && !!me.organization,
    page: lazy(() => import('./pages/oversight/OversightConsole')),
  },
  {
    // An enterprise's own declaration and levy credit (issue 17).
    key: 'enterprise',
    label: 'roleEnterprise',
    visible: (me) => isAdmin(me) && me.organization?.kind === 'ENTERPRISE',
    page: lazy(() => import('./pages/oversight/EnterpriseConsole')),
  },
  {
    // 评审任务: an expert's assigned declarations to score (issue 17). Experts are plain members of an expert
    // committee (app/seeds/oversight.ts), so the section is shown to members; the page lists only the
    // declarations assigned to the identity (the API returns a reviewer's assignments) and says when there are none.
    key: 'reviews',
    label: 'roleReviews',
    visible: (me) => me.roles.includes('ORG_MEMBER') && !me.roles.includes('ORG_ADMIN'),
    page: lazy(() => import('./pages/reviews/ReviewAssignments')),
  },
];

export type Section = RouteDef['key'];

/** The sections the identity is shown, in navigation order. */
export function sectionsOf(me: Viewer): Section[] {
  return ROUTES.filter((r) => r.visible(me)).map((r) => r.key);
}
