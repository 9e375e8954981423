// Types of bench-code-measure.mjs, loose on purpose: it is handed the stages' functions, from lib/ or src/.
type Rate = { wall: number; cpu: number };
export declare function measure(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  impl: { codeText: (line: string, published: string | null) => unknown; analyzeText: (text: string) => any; extractEvents: (input: any) => unknown },
  sets: { repeated: string[]; distinct: string[]; warmup: string[] },
): { firstCallMs: number; sentencesPerText: number; full: Rate; nlp: Rate; ex: Rate; once: Rate };
