/** A grant program of the signed-in funder (FunderPrograms query in FunderConsole.tsx); money as a decimal string. */
export interface Program {
  id: string;
  code: string;
  name: string;
  awardAmount: { amount: string; currency: string };
}
