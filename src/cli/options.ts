// Option parsers shared by commands: numbers are checked before any work starts.
import { InvalidArgumentError } from 'commander';

/** Parser for a positive integer option (e.g. --jobs). */
export function positiveInt(name: string, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`${name} must be a whole number ≥ 1, got "${value}".`);
    const n = Number(value);
    if (n < 1 || n > max) throw new InvalidArgumentError(`${name} must be between 1 and ${max}, got ${value}.`);
    return n;
  };
}

/** Parser for a positive number option (e.g. --rate). */
export function positiveNumber(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || value.trim() === '' || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a number from ${min} to ${max}, got "${value}".`);
    }
    return n;
  };
}
