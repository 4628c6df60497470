import type { Viewer } from '../../types';
import { EnterpriseDeclaration } from './EnterpriseDeclaration';

/** An enterprise's admin: its 产教融合型企业 declaration and, once certified, its levy credit. */
export default function EnterpriseConsole({ me }: { me: Viewer }) {
  return <EnterpriseDeclaration me={me} />;
}
