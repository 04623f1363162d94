import { Component, type ReactNode } from 'react';
import { commonMessages } from '../ui/common-messages';
import { translate } from '../ui/i18n';
import { Button } from '../ui/button';
import { usePrefsStore } from '../ui/prefs-store';

type Props = {
  children: ReactNode;
  resetKey: string;
  /** More ways out shown beside "Muat ulang" (signing out, when the frame itself failed). */
  extra?: ReactNode;
};
type State = { failed: boolean; resetKey: string };

/**
 * Catches a screen that throws, or a code chunk that cannot load, and offers a reload. Moving to
 * another route clears it. Screens fail inside the frame, whose header keeps "Keluar"; should the
 * frame itself fail, the outer boundary offers signing out beside the reload.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const lang = usePrefsStore.getState().lang;
    return (
      <div className="card" role="alert">
        <h1>{translate(commonMessages, lang, 'errorTitle')}</h1>
        <p>{translate(commonMessages, lang, 'errorBody')}</p>
        <div className="row">
          <Button variant="primary" onClick={() => window.location.reload()}>
            {translate(commonMessages, lang, 'reload')}
          </Button>
          {this.props.extra}
        </div>
      </div>
    );
  }
}
