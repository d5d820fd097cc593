// Storage that never fails a turn: on an error the bot answers without remembering, and logs a warning.
import type { Storage, StoreItems } from 'botbuilder';
import type { Logger } from '../logger.js';

export class ResilientStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly logger: Logger,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return await this.inner.read(keys);
    } catch (error) {
      this.logger.warn({ event: 'storage-read-failed', error: errorName(error) }, 'state storage read failed; answering without memory');
      return {};
    }
  }

  async write(changes: StoreItems): Promise<void> {
    try {
      await this.inner.write(changes);
    } catch (error) {
      this.logger.warn({ event: 'storage-write-failed', error: errorName(error) }, 'state storage write failed; not remembered');
    }
  }

  async delete(keys: string[]): Promise<void> {
    try {
      await this.inner.delete(keys);
    } catch (error) {
      this.logger.warn({ event: 'storage-delete-failed', error: errorName(error) }, 'state storage delete failed');
    }
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
