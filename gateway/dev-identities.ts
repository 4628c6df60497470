/**
 * The demo identities `npm start` seeds, handed to the console's development sign-in
 * (GET /console/dev-identities). Set once by app/platform.ts after seeding; never set in production.
 */
export interface DevIdentity {
  label: string;
  sub: string;
  org?: string;
  roles: string[];
  token: string;
}

let identities: DevIdentity[] = [];

export function setDevIdentities(list: DevIdentity[]): void {
  identities = list.map(({ label, sub, org, roles, token }) => ({ label, sub, org, roles: [...roles], token }));
}

export function getDevIdentities(): DevIdentity[] {
  return identities;
}
