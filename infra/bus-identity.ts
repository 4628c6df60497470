/**
 * Who is on the bus. Every NATS connection belongs to one *identity*: the gateway (`gateway`), one service
 * (`organizations`) or a group of services run in one process (`grantStandings+grants`, names sorted, joined by
 * `+`). The identity is what NATS authenticates (one nkey each, app/nats-config.ts), what the subject permissions
 * are generated for, and the first token of every node id (`organizations.host-1234`), so that the per-node
 * subjects Moleculer uses (`MOL-<ns>.REQ.<nodeID>`) carry it and NATS can scope them with `*` wildcards.
 *
 * Ground floor: no service names are written here. What a service owns and whom it calls is declared in its
 * contract (`<Name>Bus`, of type `BusContract`) and read by the generator.
 */

/** The identity of the HTTP gateway (and of bus clients such as tests and seeds acting like it): it hosts no service. */
export const GATEWAY_IDENTITY = 'gateway';

/** An identity name: a NATS subject token (no dots, no wildcards, no spaces). */
export const IDENTITY_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*(\+[A-Za-z][A-Za-z0-9_-]*)*$/;

/**
 * What a service declares about itself on the bus, in its contract file: the actions and events it owns (every
 * name starts with `<service>.`) and the services whose actions it calls (its own need not be listed). NATS lets
 * a service's identity publish requests only to the nodes of the services it calls (app/nats-config.ts).
 */
export interface BusContract {
  service: string;
  actions: readonly string[];
  events: readonly string[];
  calls: readonly string[];
}

/** The services an identity hosts: none for the gateway, else the `+`-separated names. */
export function servicesOfIdentity(identity: string): string[] {
  return identity === GATEWAY_IDENTITY ? [] : identity.split('+');
}

/** The identity of a process that hosts `services` (the gateway when none). */
export function identityForServices(services: readonly string[]): string {
  return services.length === 0 ? GATEWAY_IDENTITY : [...new Set(services)].sort().join('+');
}

/** `<identity>.<instance>`: the instance is made a single subject token (dots, wildcards and spaces become `-`). */
export function nodeIdFor(identity: string, instance: string): string {
  const token = instance.replace(/[.*>\s]/g, '-') || 'node';
  return `${identity}.${token}`;
}

/** The identity a node id claims (its first token), or null for a node id without one. */
export function identityOfNode(nodeID: string | null | undefined): string | null {
  if (typeof nodeID !== 'string') return null;
  const dot = nodeID.indexOf('.');
  if (dot <= 0) return null;
  const identity = nodeID.slice(0, dot);
  return IDENTITY_PATTERN.test(identity) ? identity : null;
}

/** The service that owns an action or event name (`organizations.disqualified` → `organizations`; `$node.list` → `$node`). */
export function ownerOf(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
}
