import type { mongo } from 'mongoose';

type MongoClient = mongo.MongoClient;

/**
 * Database work counted from the MongoDB driver's command monitoring: commands sent and documents
 * returned, per service. Scale-independent figures for the benchmark (wall times on the emulator say
 * little about MongoDB). Enabled with MONGO_MONITOR_COMMANDS=true; free when off.
 */
export interface DbWork {
  commands: number;
  documents: number;
  byCommand: Record<string, number>;
}

export const dbWork: Record<string, DbWork> = {};

export function monitoringEnabled(): boolean {
  return process.env.MONGO_MONITOR_COMMANDS === 'true';
}

function returnedDocuments(reply: Record<string, any> | undefined): number {
  if (!reply) return 0;
  if (reply.cursor) return (reply.cursor.firstBatch ?? reply.cursor.nextBatch ?? []).length;
  if (Array.isArray(reply.values)) return reply.values.length; // distinct
  if ('value' in reply) return reply.value ? 1 : 0; // findAndModify
  return 0;
}

const IGNORED = new Set(['ping', 'hello', 'isMaster', 'ismaster', 'endSessions', 'saslStart', 'saslContinue', 'createIndexes', 'buildInfo']);

export function attachDbMonitor(service: string, client: MongoClient): void {
  const work = (dbWork[service] ??= { commands: 0, documents: 0, byCommand: {} });
  client.on('commandStarted', (ev) => {
    if (IGNORED.has(ev.commandName)) return;
    work.commands++;
    work.byCommand[ev.commandName] = (work.byCommand[ev.commandName] ?? 0) + 1;
  });
  client.on('commandSucceeded', (ev) => {
    if (IGNORED.has(ev.commandName)) return;
    work.documents += returnedDocuments(ev.reply as Record<string, any>);
  });
}

/** Sum over all services (or the named ones). */
export function totalDbWork(services?: string[]): { commands: number; documents: number } {
  let commands = 0;
  let documents = 0;
  for (const [name, w] of Object.entries(dbWork)) {
    if (services && !services.includes(name)) continue;
    commands += w.commands;
    documents += w.documents;
  }
  return { commands, documents };
}
