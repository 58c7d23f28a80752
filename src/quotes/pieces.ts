// Cuts a block's sentences into synthesis pieces: narration, and quotes with their speakers. (Foundation version: narration only.)

export interface Piece {
  kind: 'narration' | 'quote';
  /** The article's own words (quote marks included in quotes). */
  text: string;
  /** Index of the sentence within the block. */
  sentence: number;
  speaker: string | null;
}

/** Pieces for one block given its sentences; every character of the sentences appears in exactly one piece. */
export function piecesForBlock(sentences: readonly string[]): Piece[] {
  return sentences.map((text, sentence) => ({ kind: 'narration', text, sentence, speaker: null }));
}
