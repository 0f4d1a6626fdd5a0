/** ErrorBoundary: a render crash shows a readable message with a way back instead of a blank window; resets when `resetKey` changes (e.g. the route). */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Icon } from './Icon';
import './Button.css';
import './ErrorBoundary.css';

interface Props {
  children: ReactNode;
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[counterpoint] the page crashed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <div className="crash__icon" aria-hidden="true">
          <Icon name="alert" size={22} />
        </div>
        <h1 className="crash__title">This page ran into a problem</h1>
        <p className="crash__text">
          Nothing you saved is lost — your library is stored separately. Reload to try again, or go back to the dashboard.
        </p>
        <pre className="crash__detail">{error.message}</pre>
        <div className="crash__actions">
          <button type="button" className="button button--primary button--md" onClick={() => window.location.reload()}>
            Reload
          </button>
          <a className="button button--secondary button--md" href="#/">
            Go to the dashboard
          </a>
        </div>
      </div>
    );
  }
}
