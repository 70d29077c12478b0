import { render } from 'preact';
import { Library } from '@/components/library/Library';

performance.mark('tifa:start'); // `npm run bench` reports load time from here
render(<Library />, document.getElementById('app')!);
