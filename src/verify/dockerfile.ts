/**
 * Facts about a Dockerfile, read with dockerfile-ast (the parser behind the
 * Dockerfile language server): it knows line continuations, the escape
 * directive, comments inside continued lines and heredocs, so a `USER root`
 * or `FROM` inside a RUN heredoc is not taken for an instruction.
 */
export type DockerfileFact = 'multi-stage' | 'non-root-user' | 'healthcheck' | 'exec-form-cmd';

export interface DockerfileFacts {
  stages: number;
  /** The user the final stage runs as (its last USER), or undefined when it never sets one (root). */
  user?: string;
  /** The final stage's last HEALTHCHECK is set and not NONE. */
  healthcheck: boolean;
  /** The final stage's CMD (else ENTRYPOINT): 'exec' for the JSON form, 'shell', or undefined when there is none. */
  cmd?: 'exec' | 'shell';
}

export async function dockerfileFacts(text: string): Promise<DockerfileFacts> {
  const { DockerfileParser } = await import('dockerfile-ast');
  const instructions = DockerfileParser.parse(text).getInstructions();
  const lastFrom = instructions.map((i) => i.getKeyword().toUpperCase()).lastIndexOf('FROM');
  const final = instructions.slice(Math.max(0, lastFrom));
  const last = (keyword: string) => final.filter((i) => i.getKeyword().toUpperCase() === keyword).at(-1);
  const args = (keyword: string) => last(keyword)?.getArgumentsContent()?.trim();
  const user = args('USER');
  const health = args('HEALTHCHECK');
  const command = args('CMD') ?? args('ENTRYPOINT');
  return {
    stages: instructions.filter((i) => i.getKeyword().toUpperCase() === 'FROM').length,
    ...(user ? { user } : {}),
    healthcheck: Boolean(health && !/^none$/i.test(health)),
    ...(command ? { cmd: execForm(command) ? 'exec' : 'shell' } : {}),
  };
}

function execForm(args: string): boolean {
  if (!args.startsWith('[')) return false;
  try {
    const parsed = JSON.parse(args) as unknown;
    return Array.isArray(parsed) && parsed.length > 0 && parsed.every((a) => typeof a === 'string');
  } catch {
    return false;
  }
}

/** root by name or by UID 0 (`root`, `0`, `root:root`, `0:0`). */
export function isRoot(user: string | undefined): boolean {
  if (!user) return true;
  const name = user.split(':')[0]!.trim();
  return name === 'root' || name === '0';
}
