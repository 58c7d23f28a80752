import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { castFor, loadCastFile, parseCastFile } from '../../src/cast/cast-file.js';
import { UserError } from '../../src/errors.js';

describe('cast files', () => {
  it('loads the shipped cast file', async () => {
    const file = await loadCastFile();
    expect(castFor(file, 'festival', 'en-US')?.narrator).toBe('festival:cmu_us_slt_arctic_hts');
    expect(castFor(file, 'flite', 'en')?.pool.length).toBeGreaterThan(2);
  });

  it('reads YAML and JSON, with genders and pins', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cast-'));
    const yamlFile = path.join(dir, 'cast.yaml');
    await writeFile(yamlFile, 'engines:\n  flite:\n    en:\n      narrator: flite:slt\n      pool:\n        - flite:rms\n        - { voice: flite:awb, gender: male }\npins:\n  Helen Carver: flite:awb\n');
    const y = await loadCastFile(yamlFile);
    expect(castFor(y, 'flite', 'en-GB')?.pool).toEqual([
      { voice: 'flite:rms', gender: null },
      { voice: 'flite:awb', gender: 'male' },
    ]);
    expect(y.pins).toEqual({ 'Helen Carver': 'flite:awb' });
    const j = parseCastFile(JSON.stringify({ engines: { '*': { '*': { pool: ['espeak-ng:en-us+m3'] } } } }), 'cast.json');
    expect(castFor(j, 'say', 'fr')?.pool[0]!.voice).toBe('espeak-ng:en-us+m3');
    expect(castFor(j, 'say', 'fr')?.narrator).toBeUndefined();
  });

  it('reports every bad path as "path: message"', () => {
    const bad = 'engines:\n  flite:\n    en:\n      narrator: slt\n      pool:\n        - { voice: flite:rms, gender: robot }\npins:\n  X: 3\n';
    try {
      parseCastFile(bad, 'cast file my.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      const message = (error as Error).message;
      expect(message).toContain('cast file my.yaml is invalid');
      expect(message).toContain('engines.flite.en.narrator: must look like "engine:voice"');
      expect(message).toContain('engines.flite.en.pool[0]');
      expect(message).toContain('pins.X:');
    }
  });

  it('rejects broken syntax and missing files with one clear line', async () => {
    expect(() => parseCastFile('engines: [', 'cast.yaml')).toThrow(/cast.yaml is not valid JSON or YAML/);
    await expect(loadCastFile('/nonexistent/cast.yaml')).rejects.toThrow(/cannot read cast file \/nonexistent\/cast.yaml \(ENOENT\)/);
  });
});
