import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  label: string;
  /** Esc, or a click on the backdrop when `dismissOnBackdrop` is set. */
  onClose: () => void;
  className?: string;
  dismissOnBackdrop?: boolean;
  children: ReactNode;
}

/**
 * A native modal <dialog>: it traps focus, makes the rest of the page inert and closes on Esc,
 * and its role is "dialog" for assistive technology and tests. Mark the control that should
 * take focus on opening with `data-autofocus`.
 */
export function ModalDialog({ label, onClose, className, dismissOnBackdrop = false, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first focusable element (often a close button); a dialog names the
    // control it really starts on with data-autofocus.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-label={label}
      className={className ? `modal ${className}` : 'modal'}
      onClick={(event) => {
        if (dismissOnBackdrop && event.target === event.currentTarget) onCloseRef.current();
      }}
    >
      {children}
    </dialog>
  );
}
