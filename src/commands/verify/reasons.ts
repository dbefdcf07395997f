/** A probe outcome's reason in words, in the run's language. Paths and values come from the learner's files: sanitised when rendered. */
import type { Messages } from '../../i18n/messages.js';
import type { Reason } from '../../verify/evaluate.js';

const FORMATS: Record<string, string> = { yaml: 'YAML', json: 'JSON', toml: 'TOML', dockerfile: 'Dockerfile' };

/** Up to three paths, "and N more" after. */
export function list(paths: string[], max = 3): string {
  return paths.length > max ? `${paths.slice(0, max).join(', ')} (+${paths.length - max})` : paths.join(', ');
}

/** A pattern is worth showing when it is short; a long one says less than the curriculum's message. */
const shown = (pattern: string) => (pattern.length <= 32 ? pattern : '');

export function reasonText(reason: Reason, ok: boolean, m: Messages): string {
  const committed = (flag: boolean | undefined) => (flag === true ? m.vCommitted : flag === false ? m.vUncommittedOnly : '');
  switch (reason.code) {
    case 'found':
      if (reason.missing?.length) return m.vMissing(list(reason.missing, 5), reason.committed === true);
      return reason.count >= reason.min ? m.vFound(reason.count === 1 ? reason.sample[0] ?? reason.path : reason.path, reason.count, committed(reason.committed)) : m.vTooFew(reason.path, reason.count, reason.min, committed(reason.committed));
    case 'none':
      return m.vNone(reason.path, reason.committed === true);
    case 'present':
      return m.vPresent(reason.sample.join(', '), reason.count - reason.sample.length, reason.committed === true);
    case 'no-file':
      return m.vMissing(reason.missing?.length ? list(reason.missing, 5) : reason.path, reason.committed === true);
    case 'outside':
      return m.vOutside(list(reason.paths));
    case 'truncated':
      return m.vTruncated(reason.path);
    case 'matched':
      return m.vMatched(list(reason.files), shown(reason.pattern), reason.line ?? 0);
    case 'no-match':
      return m.vNoMatch(list(reason.files), shown(reason.pattern));
    case 'clean':
      return m.vClean(list(reason.files), shown(reason.pattern));
    case 'forbidden':
      return m.vForbidden(list(reason.files), reason.line, reason.text);
    case 'unreadable': {
      const files = list(reason.files);
      if (reason.problem === 'too-large') return m.vTooLarge(files, ((reason.size ?? 0) / 1024 / 1024).toFixed(1));
      if (reason.problem === 'outside') return m.vOutside(files);
      if (reason.problem === 'not-file') return m.vNotFile(files);
      return m.vUnreadable(files);
    }
    case 'unparsable':
      return m.vUnparsable(list(reason.files), FORMATS[reason.format] ?? reason.format, reason.line ?? 0, reason.detail);
    case 'key': {
      const files = list(reason.files);
      switch (reason.state) {
        case 'found':
          return reason.entries !== undefined ? m.vKeyEntries(files, reason.key, reason.entries) : m.vKeyFound(files, reason.key, reason.value ?? '');
        case 'missing':
          return m.vKeyMissing(files, reason.key);
        case 'few':
          return m.vKeyFew(files, reason.key, reason.entries ?? 0, reason.min ?? 0);
        case 'unequal':
          return m.vKeyUnequal(files, reason.key, reason.value ?? '', reason.expected ?? '');
        case 'no-match':
          return m.vKeyNoMatch(files, reason.key, shown(reason.pattern ?? ''));
        case 'absent':
          return m.vKeyAbsent(files, reason.key);
        case 'present':
          return m.vKeyPresent(files, reason.key);
      }
      return '';
    }
    case 'git-missing':
      return m.vGitMissing;
    case 'not-repo':
      return m.vNotRepo;
    case 'no-commits':
      return m.vNoCommits;
    case 'repository':
      return m.vRepository(reason.branch ?? '');
    case 'git-count': {
      const names = list(reason.names);
      switch (reason.fact) {
        case 'commits':
          return m.vCommits(reason.count, reason.min);
        case 'merges':
          return m.vMerges(reason.count, reason.min);
        case 'branch':
          return m.vBranches(names, reason.count, reason.min);
        case 'tag':
          return m.vTags(names, reason.count, reason.min);
        case 'remote':
          return m.vRemotes(names, reason.count);
      }
      return '';
    }
    case 'ignored':
      return reason.missing.length ? m.vNotIgnored(reason.missing.join(', ')) : m.vIgnored(reason.paths.join(', '));
    case 'dockerfile': {
      const files = list(reason.files);
      switch (reason.fact) {
        case 'multi-stage':
          return m.vStages(files, reason.stages ?? 0);
        case 'non-root-user':
          return reason.user && !/^(root|0)(:|$)/.test(reason.user) ? m.vUser(files, reason.user) : m.vRoot(files, reason.user ?? '');
        case 'healthcheck':
          return m.vHealthcheck(files, ok);
        case 'exec-form-cmd':
          return m.vCmd(files, reason.cmd ?? '');
      }
      return '';
    }
    case 'any':
      return m.vAny(reason.reasons.map((r) => reasonText(r, false, m)).join('; '));
  }
}
