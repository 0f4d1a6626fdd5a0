/** What the page area shows while a page's module loads: nothing at first, a quiet "Loading…" only if it takes a while. */
import { Loading } from './StatusViews';
import './PageLoading.css';

export function PageLoading() {
  return (
    <div className="page-loading">
      <Loading label="Loading the page…" />
    </div>
  );
}
