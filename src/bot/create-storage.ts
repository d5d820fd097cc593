// Where conversation state lives: Azure Blob Storage when configured (shared by instances, survives restarts), else memory.
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import type { BlobsStorageOptions } from 'botbuilder-azure-blobs';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/**
 * One immediate retry (a stale keep-alive socket is the usual transient) instead of the SDK's 4 tries with 4 s and 12 s
 * back-off, which made a turn wait 16 s for a storage that is down. tryTimeoutInMs only asks the server to give up (whole seconds).
 */
export const DEFAULT_BLOB_OPTIONS = {
  storagePipelineOptions: { retryOptions: { maxTries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 500, tryTimeoutInMs: 1_000 } },
} as const satisfies BlobsStorageOptions;

/** A read or write that takes longer gives up on our side; the SDK has no client-side timeout for a hanging connection. */
export const DEFAULT_STORAGE_DEADLINE_MS = 1_000;

export function createStorage(config: Pick<Config, 'blobStorage'>, logger: Logger): Storage {
  const blob = config.blobStorage;
  if (!blob) {
    logger.info({ event: 'storage', kind: 'memory' }, 'conversation state in memory: lost on restart and not shared between instances');
    return new MemoryStorage();
  }
  // The connection string holds the account key: log the container only.
  logger.info({ event: 'storage', kind: 'blob', container: blob.container }, `conversation state in Azure Blob Storage container "${blob.container}"`);
  // Loaded only here: the Azure Storage SDK (~70 modules) would otherwise sit in every instance's heap, used or not.
  const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
  return new RecoveringStorage(() => new BlobsStorage(blob.connectionString, blob.container, DEFAULT_BLOB_OPTIONS), DEFAULT_STORAGE_DEADLINE_MS);
}

export class StorageTimeoutError extends Error {
  override readonly name = 'StorageTimeoutError';
}

/** Bounds every call, and starts a fresh client after a failure: BlobsStorage keeps a failed container check for good. */
class RecoveringStorage implements Storage {
  private inner: Storage;

  constructor(
    private readonly create: () => Storage,
    private readonly deadlineMs: number,
  ) {
    this.inner = create();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.call((storage) => storage.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.call((storage) => storage.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.call((storage) => storage.delete(keys));
  }

  private async call<T>(operation: (storage: Storage) => Promise<T>): Promise<T> {
    const storage = this.inner;
    try {
      return await withDeadline(operation(storage), this.deadlineMs);
    } catch (error) {
      if (this.inner === storage) this.inner = this.create();
      throw error;
    }
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeoutError(`state storage did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
