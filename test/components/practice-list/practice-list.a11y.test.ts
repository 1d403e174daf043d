import { describeInclusion } from '../../a11y/inclusion-suite.js';

describeInclusion('practice-list');
