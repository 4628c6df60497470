/** The grantStandings service's identity on the bus (it reads across funders, always as `service:grantStandings`). */
export const SERVICE = 'grantStandings';
