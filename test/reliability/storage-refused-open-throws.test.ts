// A sandboxed iframe without allow-same-origin, and some private browsing modes: opening
// IndexedDB throws at once.
import { storageRefusedSuite } from './storage-refused.js';

const open = IDBFactory.prototype.open;
// Before anything of the library's asks for the database.
IDBFactory.prototype.open = () => {
  throw new DOMException('The user denied permission to access the database.', 'SecurityError');
};
after(() => {
  IDBFactory.prototype.open = open;
});

storageRefusedSuite('opening the database throws');
