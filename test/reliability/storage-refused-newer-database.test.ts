// A newer copy of the library, on another page of the same site, has upgraded the database:
// this copy's request for its own version fails with a VersionError.
import { storageRefusedSuite } from './storage-refused.js';

before(
  () =>
    new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('practice-widgets', 1000);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    }),
);
after(
  () =>
    new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase('practice-widgets');
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    }),
);

storageRefusedSuite('the database is a newer version');
