// Child process for the crash test in sqlite.test.ts: writes synthetic articles (and now and then a
// resolution) into the store at argv[2] as fast as it can, until the parent kills it with SIGKILL.
import { openSqliteStore } from './sqlite.ts';
import { syntheticDocument, RESOLUTION } from './test-support.ts';

const store = openSqliteStore(process.argv[2]);
for (let n = 0; ; n++) {
  store.putDocument(syntheticDocument(n, 20));
  if (n === 5) process.stdout.write('writing\n');
  if (n % 7 === 0) store.putResolution(RESOLUTION);
}
