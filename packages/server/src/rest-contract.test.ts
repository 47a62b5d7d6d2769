/**
 * The REST adapter's contract suite (`@orderzone/core`'s `testing/rest-contract/`), the same the core
 * runs against its msw handlers, against the real server over HTTP: on PGlite and on PostgreSQL.
 */
import { describeRestContract } from '../../core/src/testing/rest-contract/contract-suite.ts';
import { DATABASE_KINDS } from './testing/databases.ts';
import { contractServer } from './testing/contract-server.ts';

for (const kind of DATABASE_KINDS) describeRestContract(contractServer(kind));
