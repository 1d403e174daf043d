// The lazily loaded chunk of one interface language: its strings and vocabulary labels.
import type { LanguagePack } from '../language-packs.js';
import { pt as strings } from '../strings/pt.js';
import { pt as vocabulary } from '../vocabulary/pt.js';

export const pack: LanguagePack = { strings, vocabulary };
