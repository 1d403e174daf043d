// The lazily loaded chunk of one interface language: its strings and vocabulary labels.
import type { LanguagePack } from '../language-packs.js';
import { fr as strings } from '../strings/fr.js';
import { fr as vocabulary } from '../vocabulary/fr.js';

export const pack: LanguagePack = { strings, vocabulary };
