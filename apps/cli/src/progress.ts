/**
 * A progress bar on a terminal (stderr, so stdout stays clean for data); plain lines per
 * step when stderr is not a terminal.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  let currentStep = '';
  let lastDraw = 0;
  const width = 30;
  return {
    update(step: string, done: number, total: number) {
      if (!stream.isTTY) {
        if (step !== currentStep) stream.write(`${step}…\n`);
        currentStep = step;
        return;
      }
      const now = Date.now();
      if (step === currentStep && done < total && now - lastDraw < 80) return;
      lastDraw = now;
      currentStep = step;
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(ratio * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      stream.write(`\r\x1b[2K${bar} ${String(Math.round(ratio * 100)).padStart(3)}%  ${step} (${done.toLocaleString('en')}/${total.toLocaleString('en')})`);
    },
    done() {
      if (stream.isTTY && currentStep) stream.write('\r\x1b[2K');
      currentStep = '';
    },
  };
}
