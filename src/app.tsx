import type { PropsWithChildren } from 'react';
import './app.scss';

/** The app shell: pages render what the core computes; shared state lives in src/app/library.ts. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
