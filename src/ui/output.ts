/** Writing to stdout/stderr. A closed pipe (`| head -1`) ends output quietly. */

let pipeClosed = false;

function guard(stream: NodeJS.WriteStream): void {
  if ((stream as NodeJS.WriteStream & { __mlopsGuarded?: boolean }).__mlopsGuarded) return;
  (stream as NodeJS.WriteStream & { __mlopsGuarded?: boolean }).__mlopsGuarded = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      pipeClosed = true;
      return;
    }
    throw error;
  });
}

export function print(text: string): void {
  guard(process.stdout);
  if (!pipeClosed) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printError(text: string): void {
  guard(process.stderr);
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}
