/** An inquiry's entity tag: its version, which every change bumps. */
export const etagOf = (version: number) => `"v${version}"`;

/**
 * The versions an If-Match header accepts: undefined for `*` (any). A tag
 * that is no version of ours matches nothing, so the change is refused as
 * stale rather than applied blindly.
 */
export function acceptedVersions(header: string): number[] | undefined {
  if (header.trim() === '*') return undefined;
  return header
    .split(',')
    .map((tag) => /^\s*(?:W\/)?"v(\d{1,9})"\s*$/.exec(tag)?.[1])
    .filter((version) => version !== undefined)
    .map(Number);
}

/** The entity tag of a record edited under If-Match (events, everyday words): its version, `"3"`. */
export const versionEtag = (version: number) => `"${version}"`;

/**
 * The versions an If-Match header names (`"3"`, also `"v3"` as inquiries
 * write it); undefined for `*`. A tag that is no version matches nothing.
 */
export function versionsIn(header: string): number[] | undefined {
  if (header.trim() === '*') return undefined;
  return header
    .split(',')
    .map((tag) => /^\s*(?:W\/)?"v?(\d{1,9})"\s*$/.exec(tag)?.[1])
    .filter((version) => version !== undefined)
    .map(Number);
}
