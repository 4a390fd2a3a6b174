import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** An X virtual framebuffer for headed browsers: headless ones draw no toolbar to photograph. */
export interface VirtualDisplay {
  /** The DISPLAY value, e.g. ":42". */
  display: string;
  /** The top `height` rows of the screen (where the browser window's toolbar is) as a PNG file. */
  screenshot(path: string, height: number): void;
  close(): Promise<void>;
}

/** Fails, saying what to install, when `binary` is not on the PATH (no silent skip: .ci/run installs both). */
const need = (binary: string, pkg: string) => {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  if (!dirs.some((dir) => existsSync(join(dir, binary))))
    throw new Error(`${binary} not found: install the Debian package ${pkg} (apt-get install -y ${pkg}; .ci/run does)`);
};

/** Starts Xvfb on a free display (Xvfb picks it and tells us through -displayfd), width × height × 24 bit. */
export async function startXvfb(width = 1280, height = 800): Promise<VirtualDisplay> {
  need('Xvfb', 'xvfb');
  need('import', 'imagemagick');
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  xvfb.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display: ${errors}`)));
  });
  // Xvfb writes the number once it listens; the socket is the proof a client can connect.
  const socket = `/tmp/.X11-unix/X${number}`;
  for (let i = 0; !existsSync(socket); i++) {
    if (i > 100) throw new Error(`Xvfb :${number} has no socket ${socket}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const display = `:${number}`;
  return {
    display,
    screenshot(path, rows) {
      // PNG24: 8-bit RGB, whatever the screen's visual, so the test's PNG reader has one format to read.
      const shot = spawnSync('import', [
        '-display',
        display,
        '-window',
        'root',
        '-crop',
        `${width}x${rows}+0+0`,
        '+repage',
        `PNG24:${path}`,
      ]);
      if (shot.status !== 0) throw new Error(`import failed on ${display}: ${shot.stderr.toString()}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (xvfb.exitCode !== null) return resolve();
        xvfb.once('exit', () => resolve());
        xvfb.kill('SIGTERM');
      }),
  };
}
