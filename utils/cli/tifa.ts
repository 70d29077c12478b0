// `npm run --silent tifa -- …`: the extension's matcher and glossary over text files.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
