// Roman numerals: centuries ("XXIe siècle", "siglo XXI") and regnal numbers ("Felipe VI", "Elizabeth II").

/** The value of a Roman numeral ("XIV" → 14); 0 for anything that is not one. */
export function romanValue(roman: string): number {
  if (!/^[IVXLCDM]+$/.test(roman)) return 0;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const cur = v[roman[i]!]!;
    const next = v[roman[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** Roman numerals from II to XXX, the ones that follow a name or count centuries (never "I", a word in English). */
export const ROMAN_2_TO_30 = '(?:XXX|XX(?:IX|IV|V?I{0,3})|X(?:IX|IV|V?I{0,3})|IX|IV|VI{0,3}|III|II)';
