/** One call from text to structure plus obligations: what the command line prints and the API stores. */
import { extractObligationsWithWarnings } from './obligations/extract';
import { parseResolution } from './parse';
import type { ParseOptions, ResolutionAnalysis } from './types';

export function analyseResolution(text: string, options: ParseOptions = {}): ResolutionAnalysis {
  const parsed = parseResolution(text, options);
  try {
    const { obligations, warnings } = extractObligationsWithWarnings(parsed, options);
    return { ...parsed, obligations, warnings: [...parsed.warnings, ...warnings] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...parsed,
      obligations: [],
      warnings: [...parsed.warnings, { code: 'INTERNAL_ERROR', message: `obligation extraction failed: ${message}` }],
    };
  }
}
