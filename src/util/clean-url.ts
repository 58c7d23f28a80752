// Links without tracking: utm_*, click ids and mailing-list ids are dropped from every URL briefcast writes out.

/** Query parameters that only track the reader (campaign tags, click ids, mailing-list ids). */
const TRACKING =
  /^(utm_[a-z0-9_]*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_[a-z0-9_]+|_ga|_gl|_hsenc|_hsmi|__hssc|__hstc|__hsfp|hsctatracking|mkt_tok|oly_anon_id|oly_enc_id|vero_id|vero_conv|wickedid|s_kwcid|ef_id|rb_clickid|sc_cid|_bta_tid|_bta_c)$/i;

/** True for a query parameter name that only tracks the reader. */
export function isTrackingParam(name: string): boolean {
  return TRACKING.test(name);
}

/** Remove tracking parameters from a URL object in place; the other parameters keep their exact spelling. */
export function stripTracking(url: URL): URL {
  if (!url.search) return url;
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !isTrackingParam(decodeName(pair.split('=', 1)[0]!)));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url;
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** An http(s) URL without tracking parameters (order of the rest kept), or null when `text` is not one. */
export function cleanUrl(text: string): string | null {
  if (!/^https?:\/\//i.test(text.trim())) return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return stripTracking(url).toString();
}
