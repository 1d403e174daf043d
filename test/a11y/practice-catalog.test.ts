import { describeInclusion } from './inclusion-suite.js';

describeInclusion('practice-catalog');
