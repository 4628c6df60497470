/**
 * The bare graphql-yoga floor's server (a process of its own): the platform's own SDL, one root resolver answering
 * `alliance` with the dashboard answer recorded from the platform (ANSWER_FILE), from memory — no broker, no plugins,
 * no database. What serving the same answer, of the same shape and size, costs graphql-yoga itself.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { loadTypeDefs } from '../../gateway/schema.js';

const answer = JSON.parse(readFileSync(process.env.ANSWER_FILE!, 'utf8')) as unknown;
const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: { Query: { alliance: () => answer } } });
const yoga = createYoga({ schema, logging: false, graphiql: false, landingPage: false });
const server = http.createServer(yoga);
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
