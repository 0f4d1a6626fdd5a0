import { runSample } from './sampleCommand';

/** Entry point of out/main/sample.js (`npm run sample`); the command lives in sampleCommand.ts. */
void runSample(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
