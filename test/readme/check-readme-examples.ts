/**
 * Runs the README's GraphQL examples against a running platform (`npm start`), so an example that no longer works
 * against the demo data is found before a reader finds it:
 *
 *   npm start            # in another terminal (PORT=… to move it)
 *   node --import tsx test/readme/check-readme-examples.ts [http://127.0.0.1:4000]
 *
 * Each ```graphql block is split into its operations; each runs as the identity its comment names (platform admin,
 * lead, school, enterprise/firm, funder; the lead's admin otherwise), with the demo identities from
 * /console/dev-identities (loopback only). Placeholders are filled from the demo data where the demo has one value
 * for them (`<id>`/`<alliance id>` the demo alliance, `<lead org id>` the lead, `<org id>` the member school, `<firm id>`
 * the enterprise, `<program id>` the demo program); an operation with a placeholder the demo cannot fill is listed
 * as SKIPPED with the placeholder. Exit code 1 when an operation answers an error.
 */
import { readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4000';
interface Identity { label: string; roles: string[]; org: string | null; token: string }

async function gql(query: string, token: string): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'en' }, body: JSON.stringify({ query }) });
  return (await r.json()) as never;
}

/** Top-level operations of a block (`mutation {…}`, `query … {…}`, `{…}`), each with the comment lines above it. */
function operations(block: string): { comment: string; op: string }[] {
  const out: { comment: string; op: string }[] = [];
  let comment = '';
  let i = 0;
  while (i < block.length) {
    if (block[i] === '#') {
      const end = block.indexOf('\n', i);
      comment += block.slice(i, end < 0 ? undefined : end) + '\n';
      i = end < 0 ? block.length : end + 1;
      continue;
    }
    if (/\s/.test(block[i])) {
      i++;
      continue;
    }
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < block.length; i++) {
      const c = block[i];
      if (c === '"' && block[i - 1] !== '\\') inString = !inString;
      if (inString) continue;
      if (c === '{') depth++;
      if (c === '}' && --depth === 0) {
        i++;
        break;
      }
    }
    out.push({ comment, op: block.slice(start, i).trim() });
    // A comment applies to the operations that follow it until the next comment.
  }
  return out;
}

const main = async () => {
  const { identities } = (await (await fetch(`${base}/console/dev-identities`)).json()) as { identities: Identity[] };
  const who = (label: RegExp) => identities.find((i) => label.test(i.label))!;
  const admin = who(/Platform admin/);
  const lead = who(/lead admin/);
  const school = who(/school admin/);
  const firm = who(/Enterprise admin/);
  const funder = who(/Funder/);
  const alliances = (await gql(`{ alliances(first: 5) { edges { node { id name } } } }`, admin.token)) as { data?: { alliances?: { edges: { node: { id: string } }[] } } };
  const allianceId = alliances.data?.alliances?.edges[0]?.node.id ?? '';
  const programs = (await gql(`{ grantPrograms(first: 5) { edges { node { id code } } } }`, funder.token)) as { data?: { grantPrograms?: { edges: { node: { id: string } }[] } } };
  const programId = programs.data?.grantPrograms?.edges[0]?.node.id ?? '';
  const fill: Record<string, string> = { '<id>': allianceId, '<alliance id>': allianceId, '<lead org id>': lead.org!, '<org id>': school.org!, '<firm id>': firm.org!, '<program id>': programId, '<organizationId>': lead.org! };

  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  let failed = 0;
  for (const block of blocks) {
    let comment = '';
    for (const o of operations(block)) {
      if (o.comment) comment = o.comment;
      let query = o.op;
      for (const [k, v] of Object.entries(fill)) query = query.split(k).join(v);
      const left = /<[^<>"]+>/.exec(query.replace(/"[^"]*"/g, (s) => (s.includes('<') ? s : '""')));
      const first = o.op.split('\n')[0].slice(0, 90);
      if (left || /"<[^"]+>"/.test(query)) {
        console.log(`SKIPPED  ${first}  (needs ${/<[^<>]+>/.exec(query)?.[0]})`);
        continue;
      }
      const c = comment.toLowerCase();
      const as = /platform admin/.test(c) ? admin : /funder/.test(c) ? funder : /school/.test(c) ? school : /enterprise|firm/.test(c) ? firm : lead;
      const r = await gql(query, as.token);
      if (r.errors?.length) {
        failed++;
        console.log(`ERROR    ${first}\n         as ${as.label}: ${r.errors.map((e) => `${e.extensions?.code} ${e.message}`).join(' | ')}`);
      } else console.log(`OK       ${first}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
};
void main();
