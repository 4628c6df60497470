/** `npm run token -- --role ORG_ADMIN --org <id> [--sub alice] [--expires 12h]`: mints a development token. */
import { parseArgs } from 'node:util';
import { ROLES, mintToken, type Role } from '../infra/auth.js';
import { config } from '../infra/env.js';

const USAGE = `Mints a development token (never in production).
  npm run token -- --role ORG_ADMIN --org <organization id> [--sub alice] [--expires 12h]
  --role     one or more of ${ROLES.join(', ')} (repeat --role for several)
  --org      the organization the token acts for (24 hexadecimal characters)
  --sub      the user id (default dev-<roles>)
  --expires  lifetime, e.g. 30m, 12h (default 12h)
`;

let values: { role?: string[]; org?: string; sub?: string; expires?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { role: { type: 'string', multiple: true }, org: { type: 'string' }, sub: { type: 'string' }, expires: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (err) {
  // An unknown option or a missing value: say what is wrong and how to call it, never a stack trace.
  process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const roles = (values.role ?? []) as string[];
const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
if (!roles.length || bad.length) {
  process.stderr.write(`Give one or more --role of ${ROLES.join(', ')}${bad.length ? ` (unknown: ${bad.join(', ')})` : ''}.\n`);
  process.exit(2);
}
if (config().nodeEnv === 'production') {
  process.stderr.write('Refusing to mint tokens in production: tokens come from the identity provider.\n');
  process.exit(2);
}
if (values.org && !/^[0-9a-f]{24}$/.test(values.org)) {
  process.stderr.write('--org must be an organization id (24 hexadecimal characters).\n');
  process.exit(2);
}
const token = await mintToken({ sub: values.sub ?? `dev-${roles.join('-').toLowerCase()}`, org: values.org, roles: roles as Role[], expiresIn: values.expires ?? '12h' });
process.stdout.write(`${token}\n`);
