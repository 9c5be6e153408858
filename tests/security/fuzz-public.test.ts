import { fuzzSuite } from './support/fuzz-runner.ts';

await fuzzSuite('fuzz-public.test.ts');
