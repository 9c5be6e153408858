import { fuzzSuite } from './support/fuzz-runner.ts';

await fuzzSuite('fuzz-signed-in.test.ts');
