/**
 * Set-up of every unit and component test file. Component tests wait for what a write or a live
 * query brings with testing-library's `findBy*`; on these 2-core machines a write through PouchDB
 * and the read model can take longer than the library's 1 s default while other files run, so
 * they wait as long as `eventually` does (client/data/testing/eventually.ts), still on a condition.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5000 });
