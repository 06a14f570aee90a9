/**
 * The small part of PouchDB 9 that Pullback uses (the project ships no @types for it). Kept narrow
 * on purpose: allDocs key ranges, bulkDocs, changes and one-shot replication; no map/reduce (its
 * `new Function` is blocked by MV3, see shared sync.md).
 */
declare module 'pouchdb-core' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    [field: string]: unknown;
  }
  export interface BulkResult {
    id?: string;
    ok?: boolean;
    error?: boolean | string;
    status?: number;
    name?: string;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_written: number;
    docs_read: number;
    doc_write_failures: number;
    last_seq: number | string;
    status: string;
  }
  export interface ReplicateOptions {
    batch_size?: number;
    batches_limit?: number;
    retry?: boolean;
    checkpoint?: 'source' | 'target' | false;
  }
  export interface ReplicationRun extends Promise<ReplicationResult> {
    on(event: 'change', listener: (info: { docs_written: number; docs_read: number }) => void): void;
    cancel(): void;
  }
  export interface PouchOptions {
    adapter?: string;
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
    skip_setup?: boolean;
    auth?: { username: string; password: string };
  }
  export interface Database {
    readonly name: string;
    get(id: string): Promise<PouchDoc>;
    put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
    bulkDocs(docs: PouchDoc[]): Promise<BulkResult[]>;
    allDocs(options: {
      include_docs?: boolean;
      startkey?: string;
      endkey?: string;
      keys?: string[];
      limit?: number;
      skip?: number;
    }): Promise<{ total_rows: number; rows: { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: PouchDoc; error?: string }[] }>;
    changes(options: {
      since?: number | string;
      include_docs?: boolean;
      limit?: number;
    }): Promise<{ results: { id: string; seq: number | string; doc?: PouchDoc; deleted?: boolean }[]; last_seq: number | string }>;
    info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
    destroy(): Promise<unknown>;
    close(): Promise<void>;
    replicate: {
      to(target: Database | string, options?: ReplicateOptions): ReplicationRun;
      from(source: Database | string, options?: ReplicateOptions): ReplicationRun;
    };
  }
  interface PouchStatic {
    new (name: string, options?: PouchOptions): Database;
    plugin(plugin: unknown): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
