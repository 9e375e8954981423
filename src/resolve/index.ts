// Stage 4 — resolve: across all documents, one entity per actor, stories, claims with independent
// origins, conflicts and supersessions.
import type { AnalyzedDocument, Resolution } from '../types.ts';

export function resolve(docs: AnalyzedDocument[]): Resolution {
  throw new Error('resolve: not implemented yet');
}
