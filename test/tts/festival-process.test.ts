// The long-lived festival worker: job commands only carry checked names; failures and timeouts restart it.
import { writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessError, UserError } from '../../src/errors.js';
import { FESTIVAL_DRIVER, festivalJobCommand, parseFestivalMarker } from '../../src/tts/engines/festival-driver.js';
import { FestivalProcess } from '../../src/tts/engines/festival-process.js';
import { festivalEngine } from '../../src/tts/engines/festival.js';
import { ffprobe, requireAvailable, tempDir } from './helpers.js';

describe('festivalJobCommand', () => {
  const ok = { id: 3, voice: 'kal_diphone', speed: 1.25, textFile: '/tmp/a/u1.txt', wavFile: '/tmp/a/u1.wav' };
  it('builds one line with the checked values', () => {
    expect(festivalJobCommand(ok)).toBe('(briefcast-job 3 (quote voice_kal_diphone) 1.250 "/tmp/a/u1.txt" "/tmp/a/u1.wav")\n');
  });
  it('refuses anything that could break out of the Scheme string', () => {
    expect(() => festivalJobCommand({ ...ok, textFile: '/tmp/a"b.txt' })).toThrow(UserError);
    expect(() => festivalJobCommand({ ...ok, wavFile: '/tmp/a b.wav' })).toThrow(UserError);
    expect(() => festivalJobCommand({ ...ok, wavFile: 'relative.wav' })).toThrow(UserError);
    expect(() => festivalJobCommand({ ...ok, textFile: '/tmp/../etc/x' })).toThrow(UserError);
    expect(() => festivalJobCommand({ ...ok, voice: 'kal) (system "x"' })).toThrow();
    expect(() => festivalJobCommand({ ...ok, speed: Number.NaN })).toThrow();
  });
  it('parses only its own marker lines', () => {
    expect(parseFestivalMarker('BRIEFCAST-OK 12')).toEqual({ id: 12, ok: true });
    expect(parseFestivalMarker('BRIEFCAST-FAIL 4')).toEqual({ id: 4, ok: false });
    expect(parseFestivalMarker('festival> BRIEFCAST-OK 1')).toBeNull();
  });
});

describe('FestivalProcess', () => {
  let dir: string;
  let driver: string;
  beforeAll(async () => {
    dir = await tempDir('festival');
    driver = path.join(dir, 'driver.scm');
    await writeFile(driver, FESTIVAL_DRIVER);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('survives a failed utterance and a timeout, restarting the process', async (ctx) => {
    requireAvailable('festival', await festivalEngine.detect(), () => ctx.skip());
    const worker = new FestivalProcess(driver);
    const text = async (name: string, body: string) => {
      const file = path.join(dir, `${name}.txt`);
      await writeFile(file, body);
      return file;
    };
    const job = async (name: string, body: string, timeoutMs = 30_000) =>
      worker.say({ voice: 'kal_diphone', speed: 1, textFile: await text(name, body), wavFile: path.join(dir, `${name}.wav`), timeoutMs });
    try {
      await job('first', 'A first sentence.');
      expect((await ffprobe(path.join(dir, 'first.wav'))).duration).toBeGreaterThan(0.5);
      await expect(job('dots', '. . .')).rejects.toBeInstanceOf(ProcessError);
      await job('second', 'Still working after a failure.');
      // 1 ms is too short for anything: the worker is killed and the next job starts a new process.
      await expect(job('slow', 'This will time out.', 1)).rejects.toThrow(/timed out/);
      await job('third', 'Working again after a timeout.');
      expect((await ffprobe(path.join(dir, 'third.wav'))).duration).toBeGreaterThan(0.5);
    } finally {
      await worker.close();
    }
  });
});
