/// <reference lib="webworker" />
// The graph's layout engine (ELK, about 1.4 MB of compiled Java) in its own thread: the page stays light and
// responsive while it lays out a large machine. ELK's worker script answers elk-api's messages itself: in a
// worker (no `document`) it installs its own `onmessage` when it loads.
import 'elkjs/lib/elk-worker.min.js';
