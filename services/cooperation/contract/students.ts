/** Students as placements and cohorts name them: minimum personal data. Part of the cooperation contract: import it through cooperation.contract.ts. */
/** Most students one placement or cohort names. */
export const MAX_STUDENTS = 200;

/** Minimum personal data (never the national ID number). */
export interface StudentInput {
  studentNumber: string;
  name: string;
  major: string;
  /** Year of study (1–6) or enrolment year. */
  year: number;
}
export type StudentDto = StudentInput;
