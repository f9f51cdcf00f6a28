import { Result } from 'antd';

/**
 * antd's Result, for error-results.tsx to load when a screen first needs it: the module brings its
 * 404, 403 and 500 illustrations along (8.8 KB compressed), which no screen that works ever shows.
 */
export default Result;
