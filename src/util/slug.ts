// File-name slugs from titles.

/** Lower-case ASCII slug of at most `max` characters ("Kyiv and Moscow hold talks" → "kyiv-and-moscow-hold-talks"). */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, max).replace(/-[^-]*$/, (m) => (slug.length > max ? '' : m));
  return cut.replace(/-+$/, '') || 'briefing';
}
