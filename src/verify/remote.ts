/**
 * Remote URLs as they may be shown to the group: without credentials, and,
 * for the well-known hosts, as a web page where a commit can be opened.
 */

/** Removes `user:token@` (and tokens in the query) from http(s) URLs, the password from ssh:// ones; control characters go too. */
export function stripCredentials(url: string): string {
  const clean = url.trim().replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(clean)?.[1]?.toLowerCase();
  if (!scheme) return clean; // a local path or scp-like git@host:path, which carry no secret
  try {
    const parsed = new URL(clean);
    if (scheme === 'http' || scheme === 'https' || scheme === 'ftp' || scheme === 'ftps') {
      parsed.username = '';
      parsed.password = '';
      parsed.search = '';
      parsed.hash = '';
    } else parsed.password = '';
    return parsed.toString();
  } catch {
    // Not parseable as a URL: drop anything that looks like userinfo.
    return clean.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
  }
}

const HOSTS: Record<string, (base: string, commit: string) => string> = {
  'github.com': (base, commit) => `${base}/commit/${commit}`,
  'gitlab.com': (base, commit) => `${base}/-/commit/${commit}`,
  'codeberg.org': (base, commit) => `${base}/commit/${commit}`,
  'bitbucket.org': (base, commit) => `${base}/commits/${commit}`,
};

/** The web page of `commit` for a remote on a known host (GitHub, GitLab, Codeberg, Bitbucket), else undefined. */
export function commitUrl(remote: string | undefined, commit: string): string | undefined {
  if (!remote || !/^[0-9a-f]{7,64}$/.test(commit)) return undefined;
  const url = stripCredentials(remote);
  if (url.length > 500) return undefined;
  // https://host/owner/repo(.git), ssh://git@host/owner/repo(.git), git@host:owner/repo(.git)
  const match = /^(?:https?:\/\/|ssh:\/\/(?:[^@/]+@)?|[^@/:\s]+@)([a-z0-9.-]+)(?::\d+)?[/:]([\w.-]+(?:\/[\w.-]+)+?)(?:\.git)?\/?$/i.exec(url);
  if (!match) return undefined;
  const host = match[1]!.toLowerCase();
  const make = HOSTS[host];
  if (!make || match[2]!.split('/').some((s) => s === '.' || s === '..')) return undefined;
  return make(`https://${host}/${match[2]!.replace(/\.git$/, '')}`, commit);
}
