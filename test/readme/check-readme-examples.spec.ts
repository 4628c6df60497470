/** The README checker's reading of a block: operations, callers, placeholders and the ids an answer binds. */
import { describe, expect, it } from 'vitest';
import { aliasesOf, callerOf, graphqlBlocks, harvest, operations, placeholderIn } from './check-readme-examples.js';

describe('README checker', () => {
  it('splits a block into operations, each with only the comment just above it', () => {
    const block = `# platform admin: register\nmutation { a(x: "{") { id } }\n# the lead's admin\n{ b { id } }\n{ c }\n`;
    expect(operations(block)).toEqual([
      { comment: '# platform admin: register\n', op: 'mutation { a(x: "{") { id } }' },
      { comment: "# the lead's admin\n", op: '{ b { id } }' },
      { comment: '', op: '{ c }' },
    ]);
    expect(graphqlBlocks('x\n```graphql\n{ a }\n```\n```bash\nls\n```\n')).toEqual(['{ a }\n']);
  });

  it('takes the caller the comment names first, and none from a comment naming nobody', () => {
    expect(callerOf('# the enterprise\'s admin applies; the lead approves')).toBe('firm');
    expect(callerOf("# the lead's admin approves the pending application: the alliance lacks one enterprise")).toBe('lead');
    expect(callerOf('# a platform admin (or a funder) creates')).toBe('admin');
    expect(callerOf('# who counted on a date')).toBeNull();
    // a keyword inside another word names nobody: "confirms" is not the firm, "misleads" not the lead
    expect(callerOf('# then confirm; the other party confirms too')).toBeNull();
    expect(callerOf('# the school confirms; nothing misleads')).toBe('school');
  });

  it('finds placeholders a reader would have to replace, not ordinary strings', () => {
    expect(placeholderIn('{ alliance(id: "<id>") { id } }')).toBe('<id>');
    expect(placeholderIn('{ alliance(id: "…") { id } }')).toBe('…');
    expect(placeholderIn('query ($id: ID!) { alliance(id: $id) { name } }')).toBeNull();
  });

  it('binds only aliased fields of an answer, the first of a list, a later answer replacing an earlier one', () => {
    const op = '{ alliances { edges { node { allianceId: id name } } } a: organizations { edges { node { firmId: id } } } }';
    expect([...aliasesOf(op)].sort()).toEqual(['a', 'allianceId', 'firmId']);
    const bound: Record<string, unknown> = { allianceId: 'old' };
    harvest(
      { alliances: { edges: [{ node: { allianceId: 'A1', name: 'x' } }, { node: { allianceId: 'A2', name: 'y' } }] }, a: { edges: [{ node: { firmId: 'F1' } }] } },
      aliasesOf(op),
      bound,
    );
    expect(bound).toEqual({ allianceId: 'A1', firmId: 'F1' });
  });
});
