// Error text safe to send to an HTTP client: the folder's own paths made relative, any other absolute path cut to its name.
import path from 'node:path';

/** `message` without absolute paths: names inside one of `roots` relative to it, anything else its base name. */
export function publicMessage(message: string, roots: readonly string[]): string {
  let text = message;
  for (const root of [...roots].sort((a, b) => b.length - a.length)) {
    text = text.split(`${root}${path.sep}`).join('').split(root).join('the podcast folder');
  }
  // A path starts after a space, quote, bracket or "=" (never inside a URL such as https://host/path).
  return text.replace(/(^|[\s"'(=[])((?:[A-Za-z]:)?[\\/][^\s"')\]]*)/g, (_, before: string, p: string) => `${before}${path.basename(p) || '…'}`);
}
