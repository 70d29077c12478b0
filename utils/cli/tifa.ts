// `npm run --silent tifa -- …`: the extension's matcher and glossary over text files.
import { main } from './main';

// `tifa glossary --json | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
