/** One printed row of `npm run bench`: a figure, and where there is one, the peer's figure in the same run. */
export type BenchRow = {
  group: string;
  name: string;
  value: number;
  unit: string;
  /** The same measure for the peer (another implementation) in the same run. */
  peer?: { name: string; value: number };
  /** What the target says, in words (printed, never asserted). */
  target?: string;
};

/** A benchmark module exports one or more of these; the runner calls each in turn. */
export type Bench = () => Promise<BenchRow[]>;
