// The lazily loaded chunk of one interface language: its strings and vocabulary labels.
import type { LanguagePack } from '../language-packs.js';
import { es as strings } from '../strings/es.js';
import { es as vocabulary } from '../vocabulary/es.js';

export const pack: LanguagePack = { strings, vocabulary };
