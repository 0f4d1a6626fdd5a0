/** Button and ButtonLink: the app's one button look (primary, secondary, ghost, danger) for actions and for navigation. */
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Link, type LinkProps } from 'react-router-dom';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md';

interface LookProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
  icon?: ReactNode;
}

const classesOf = ({ variant = 'secondary', size = 'md' }: LookProps, extra?: string) =>
  ['button', `button--${variant}`, `button--${size}`, extra].filter(Boolean).join(' ');

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, LookProps {
  /** Shows a busy state and blocks clicks while a command runs. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant, size, icon, busy = false, className, children, disabled, type, ...rest }: ButtonProps) {
  return (
    <button
      type={type ?? 'button'}
      className={classesOf({ variant, size }, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {icon && <span className="button__icon" aria-hidden="true">{icon}</span>}
      {children}
    </button>
  );
}

export interface ButtonLinkProps extends LinkProps, LookProps {}

export function ButtonLink({ variant, size, icon, className, children, ...rest }: ButtonLinkProps) {
  return (
    <Link className={classesOf({ variant, size }, className)} {...rest}>
      {icon && <span className="button__icon" aria-hidden="true">{icon}</span>}
      {children}
    </Link>
  );
}
