// Writes an MP3 with our own ID3v2.3 tag in front: tag buffer + the tagless audio streamed, never the whole MP3 in memory.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import NodeID3 from 'node-id3';

/** Create `dest` from an ID3 tag (node-id3 Tags) followed by the bytes of `audio` (an MP3 without ID3v2). */
export async function writeTaggedMp3(opts: { tags: NodeID3.Tags; audio: string; dest: string; signal?: AbortSignal }): Promise<void> {
  const tag = NodeID3.create(opts.tags);
  const out = createWriteStream(opts.dest, { flags: 'wx' });
  async function* body() {
    yield tag;
    for await (const chunk of createReadStream(opts.audio)) yield chunk as Buffer;
  }
  await pipeline(body, out, opts.signal ? { signal: opts.signal } : {});
}
