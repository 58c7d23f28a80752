// The Scheme driver a long-lived festival process runs, and the one-line job commands sent to it.
import { assertSafePath } from '../scratch.js';

/**
 * Loaded once per process (`festival --pipe driver.scm`). Each job reads its text from a file with
 * tts_file (text never enters Scheme), joins the utterances' waves and saves one RIFF file, then prints
 * a marker line the engine waits for. HTS voices ignore Duration_Stretch, so speed also goes to the
 * hts_engine "-r" (speech speed rate) parameter.
 */
export const FESTIVAL_DRIVER = `
(defvar hts_engine_params nil)
(defvar briefcast-voice nil)
(defvar briefcast-hts-params nil)
(defvar briefcast-waves nil)
(define (briefcast-collect utt)
  (set! briefcast-waves (cons (utt.wave utt) briefcast-waves))
  utt)
(define (briefcast-job id voice speed txt wav)
  (unwind-protect
    (begin
      (if (not (equal? briefcast-voice voice))
        (begin
          (eval (list voice))
          (set! briefcast-voice voice)
          (set! briefcast-hts-params hts_engine_params)))
      (set! hts_engine_params (append briefcast-hts-params (list (list "-r" speed))))
      (Parameter.set 'Duration_Stretch (/ 1.0 speed))
      (set! briefcast-waves nil)
      (set! tts_hooks (list utt.synth briefcast-collect))
      (tts_file txt nil)
      (if (null briefcast-waves) (error "briefcast: nothing was spoken"))
      (set! briefcast-waves (reverse briefcast-waves))
      (let ((w (car briefcast-waves)))
        (mapcar (lambda (x) (wave.append w x)) (cdr briefcast-waves))
        (wave.save w wav 'riff))
      (format t "BRIEFCAST-OK %d\\n" id))
    (format t "BRIEFCAST-FAIL %d\\n" id))
  (fflush nil))
`;

const VOICE_ID = /^[a-z0-9_]+$/;

/** One job line for the driver; every value is checked so nothing but generated names reaches Scheme. */
export function festivalJobCommand(job: { id: number; voice: string; speed: number; textFile: string; wavFile: string }): string {
  if (!Number.isInteger(job.id) || job.id < 0) throw new Error(`bad festival job id ${job.id}`);
  if (!VOICE_ID.test(job.voice)) throw new Error(`bad festival voice id "${job.voice}"`);
  if (!Number.isFinite(job.speed) || job.speed <= 0) throw new Error(`bad festival speed ${job.speed}`);
  const txt = assertSafePath(job.textFile, 'festival text');
  const wav = assertSafePath(job.wavFile, 'festival output');
  return `(briefcast-job ${job.id} (quote voice_${job.voice}) ${job.speed.toFixed(3)} "${txt}" "${wav}")\n`;
}

/** Parses a driver marker line: the job id and whether it succeeded, or null for other output. */
export function parseFestivalMarker(line: string): { id: number; ok: boolean } | null {
  const m = /^BRIEFCAST-(OK|FAIL) (\d+)\s*$/.exec(line);
  return m ? { id: Number(m[2]), ok: m[1] === 'OK' } : null;
}
