import { defineConfig } from 'vitest/config';

// `npm run test:unit`: the tests that need neither a text-to-speech engine nor ffmpeg nor a build (text, quotes,
// chapters, plans, feeds, pure audio maths, argument builders, the spawner with fixture programs). `npm test` runs them too.
export default defineConfig({
  test: {
    include: [
      'test/architecture/**/*.test.ts',
      'test/text/**/*.test.ts',
      'test/quotes/**/*.test.ts',
      'test/segment/**/*.test.ts',
      'test/ingest/**/*.test.ts',
      'test/plan/**/*.test.ts',
      'test/process/**/*.test.ts',
      'test/cast/assign.test.ts',
      'test/cast/cast-file.test.ts',
      'test/audio/args.test.ts',
      'test/audio/chapters.test.ts',
      'test/audio/mix-parts.test.ts',
      'test/audio/wav-limiter.test.ts',
      'test/batch/feed.test.ts',
      'test/batch/probe-url.test.ts',
      'test/batch/schedule-lib.test.ts',
      'test/batch/sources.test.ts',
      'test/podcast/feed.test.ts',
      'test/tts/pure.test.ts',
    ],
    testTimeout: 30_000,
    maxWorkers: 2,
  },
});
