/** localStorage key holding the learner's choice: "light" or "dark". Absent = follow the system. */
export const THEME_STORAGE_KEY = 'stepwise-theme';

export type Theme = 'light' | 'dark';

/**
 * Runs in <head> before the first paint so a stored choice never flashes the other theme. Sets
 * data-theme on <html> to the effective theme (stored choice, else the system's). Kept tiny and
 * wrapped in try/catch: localStorage throws in some privacy modes.
 */
export const themeInitScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t!=="light"&&t!=="dark"){t=window.matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t}catch(e){}})();`;
