// Types of bench-code-measure.mjs, loose on purpose: it is handed the stages' functions, from lib/ or src/.
type Rate = { wall: number; cpu: number };
export declare function measure(
  impl: {
    codeText: (line: string, published: string | null) => unknown;
    codeLines: (lines: string[], published: string | null) => unknown;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    analyzeText: (text: string) => any;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    extractEvents: (input: any) => unknown;
  },
  sets: { repeated: string[]; distinct: string[]; warmup: string[] },
  mode?: 'batched' | 'single',
): { firstCallMs: number; sentencesPerText: number; batched: Rate; full: Rate; nlp: Rate; ex: Rate; once: Rate };
