import { Agreements } from './Agreements';
import { Placements } from './Placements';
import { Programmes } from './Programmes';

/** A member school's or firm's cooperation: agreements (draft, confirm, signed copy), internships, cohorts, graduates, claims. */
export function Cooperation({ orgId, isSchool }: { orgId: string; isSchool: boolean }) {
  return (
    <>
      <Agreements orgId={orgId} />
      <Placements orgId={orgId} isSchool={isSchool} />
      <Programmes orgId={orgId} />
    </>
  );
}
