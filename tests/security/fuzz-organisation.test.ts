import { fuzzSuite } from './support/fuzz-runner.ts';

await fuzzSuite('fuzz-organisation.test.ts');
