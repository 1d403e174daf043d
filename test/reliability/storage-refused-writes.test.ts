// A full disk or an exhausted quota: the database opens and reads, but every write fails.
import { storageRefusedSuite } from './storage-refused.js';

const transaction = IDBDatabase.prototype.transaction;
IDBDatabase.prototype.transaction = function (
  this: IDBDatabase,
  ...args: Parameters<IDBDatabase['transaction']>
) {
  if (args[1] === 'readwrite') {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
  return transaction.apply(this, args);
};
after(() => {
  IDBDatabase.prototype.transaction = transaction;
});

storageRefusedSuite('every write fails');
